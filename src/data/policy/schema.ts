import { z } from 'zod';
import { integer, oneOf, optionalInteger, partialDate, text } from '../schema/fields';
import { numeralValue } from './numerals';

/** Row schemas of src/data/policy/*.csv: structure only, every text lives in locales/<lng>/policies.json. */

/** Research ids such as CN-MOFCOM-2025-132; measure ids add -mNN. No dots: ids are i18n key segments. */
export const policyId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be an id of letters, digits and hyphens');

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase key (a-z, 0-9, -)');

const yesNo = z.enum(['yes', 'no'], { error: 'must be yes or no' }).transform((s) => s === 'yes');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/** Space-separated list of lowercase keys, e.g. tags or bodies; empty = none. */
const keyList = text.transform((s) => s.split(' ').filter(Boolean)).pipe(z.array(key));

/** Space-separated http(s) addresses; URLs never contain spaces. */
const urlList = text.transform((s) => s.split(' ').filter(Boolean)).pipe(z.array(httpUrl));

const optionalText = text.transform((s) => (s.trim() === '' ? null : s.trim()));

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
  sources: urlList,
  raw: text,
});

export const areaRow = z.object({
  document: policyId,
  key,
  number: optionalInteger,
  order: integer,
  counted: yesNo,
});

export const measureRow = z.object({
  id: policyId,
  document: policyId,
  area: key,
  number: optionalText.refine(
    (s) => s === null || numeralValue(s) !== null,
    'must be a section number in digits or Chinese numerals (一 … 九十九)',
  ),
  order: integer,
  tags: keyList,
  bodies: keyList,
  /** Empty when the only source is a text without an address (the verification note says so). */
  source: z.union([z.literal('').transform(() => null), httpUrl]),
  more_sources: urlList,
  title_is_official: oneOf(TITLE_OFFICIAL, 'title_is_official'),
  title_note: oneOf(TITLE_NOTES, 'title note').transform((s) => s || null),
  numbering_verified: yesNo,
  weight: z.union([
    z.literal('').transform(() => null),
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'must be a percentage written with digits')
      .transform(Number),
  ]),
  raw: text,
});

export const tagRow = z.object({ id: key, order: integer });
export const bodyRow = z.object({ id: key, order: integer });

export const POLICY_TABLES = {
  documents: { file: 'documents.csv', schema: documentRow },
  areas: { file: 'areas.csv', schema: areaRow },
  measures: { file: 'measures.csv', schema: measureRow },
  tags: { file: 'tags.csv', schema: tagRow },
  bodies: { file: 'bodies.csv', schema: bodyRow },
} as const;

export type PolicyTableName = keyof typeof POLICY_TABLES;
export type PolicyTexts = Record<PolicyTableName, string>;
export const POLICY_TABLE_NAMES = Object.keys(POLICY_TABLES) as PolicyTableName[];
