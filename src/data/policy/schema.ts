import { z } from 'zod';
import {
  flag,
  httpUrl,
  integer,
  oneOf,
  optionalInteger,
  optionalText,
  orNull,
  partialDate,
  spaceList,
  text,
} from '../schema/fields';
import { tableDefs } from '../schema/tableDef';
import { numeralValue } from './numerals';
import { DATASET_SOURCE } from './sourceKinds';

/** Row schemas of src/data/policy/*.csv: structure only, every text lives in locales/<lng>/policies.json. */

/** Research ids such as CN-MOFCOM-2025-132; measure ids add -mNN. No dots: ids are i18n key segments. */
export const policyId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be an id of letters, digits and hyphens');

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase key (a-z, 0-9, -)');

/** An http(s) address, or `source:<id>` for a source of the dataset (see sourceKinds.datasetSourceId). */
const sourceRef = z.union([z.string().regex(DATASET_SOURCE), httpUrl], {
  error: 'must be an http(s) address or source:<id> of src/data/csv/sources.csv',
});

export const TITLE_OFFICIAL = ['true', 'probable', 'false'] as const;
export const TITLE_NOTES = ['', 'compiler', 'compiler-briefing', 'back-translation'] as const;
export const COMPLETENESS = ['complete', 'partial', 'document-level'] as const;

export const documentRow = z.object({
  id: policyId,
  kind: oneOf(['document', 'statement'], 'kind'),
  date: partialDate,
  doc_number: optionalText,
  number_confidence: oneOf(['', 'medium', 'low'], 'number confidence').transform((s) => s || null),
  stated_areas: optionalInteger,
  stated_measures: optionalInteger,
  completeness: oneOf(COMPLETENESS, 'completeness'),
  sources: spaceList(sourceRef),
  raw: text,
});

export const areaRow = z.object({
  document: policyId,
  key,
  number: optionalInteger,
  order: integer,
  counted: flag,
});

export const measureRow = z.object({
  id: policyId,
  document: policyId,
  area: key,
  number: optionalText.refine(
    (s) => s === '' || numeralValue(s) !== null,
    'must be a section number in digits or Chinese numerals (一 … 九十九)',
  ),
  order: integer,
  tags: spaceList(key),
  bodies: spaceList(key),
  /** Empty when the only source is a text without an address (the verification note says so). */
  source: orNull(sourceRef),
  more_sources: spaceList(sourceRef),
  title_is_official: oneOf(TITLE_OFFICIAL, 'title_is_official'),
  title_note: oneOf(TITLE_NOTES, 'title note').transform((s) => s || null),
  numbering_verified: flag,
  weight: orNull(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'must be a percentage written with digits')
      .transform(Number),
  ),
  raw: text,
});

export const tagRow = z.object({ id: key, order: integer });
export const bodyRow = z.object({ id: key, order: integer });

export type PolicyTableName = 'documents' | 'areas' | 'measures' | 'tags' | 'bodies';

const table = tableDefs<PolicyTableName>();
/** An area key is unique within its document only. */
export const areaId = (document: string, key: string) => `${document}:${key}`;
const document = { column: 'document', table: 'documents' } as const;

/** Every policy table: its file, row schema, id and the tables its columns refer to (in the order checked). */
export const POLICY_TABLES = {
  documents: table({ file: 'documents.csv', schema: documentRow, key: { noun: 'document', column: 'id' } }),
  areas: table({
    file: 'areas.csv',
    schema: areaRow,
    key: { noun: 'area', column: 'key', id: (r) => areaId(r.document, r.key) },
    references: [document],
  }),
  measures: table({
    file: 'measures.csv',
    schema: measureRow,
    key: { noun: 'measure', column: 'id' },
    references: [
      document,
      { column: 'area', table: 'areas', ids: (r) => [areaId(r.document, r.area)] },
      { column: 'tags', table: 'tags' },
      { column: 'bodies', table: 'bodies' },
    ],
  }),
  tags: table({ file: 'tags.csv', schema: tagRow, key: { noun: 'tag', column: 'id' } }),
  bodies: table({ file: 'bodies.csv', schema: bodyRow, key: { noun: 'body', column: 'id' } }),
} satisfies Record<PolicyTableName, unknown>;

export type PolicyTexts = Record<PolicyTableName, string>;
export const POLICY_TABLE_NAMES = Object.keys(POLICY_TABLES) as PolicyTableName[];
