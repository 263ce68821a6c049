import {
  assessmentRow,
  batchRow,
  conflictRow,
  exclusionRow,
  indicatorRow,
  provinceCountRow,
  provinceRow,
  rankingRow,
  seedClaimRow,
  sourceRow,
  valueRow,
  zoneCountRow,
  zoneRow,
  zoneStatementRow,
} from './schema/tables';
import { tableDefs } from './schema/tableDef';

export type TableName =
  | 'indicators'
  | 'values'
  | 'sources'
  | 'zoneCounts'
  | 'zones'
  | 'zoneStatements'
  | 'batches'
  | 'provinces'
  | 'provinceCounts'
  | 'rankings'
  | 'assessments'
  | 'seedClaims'
  | 'conflicts'
  | 'exclusions';

const table = tableDefs<TableName>();
const source = { column: 'source', table: 'sources' } as const;

/**
 * Every table of the bundled dataset: its file in src/data/csv, its row schema, its id and the
 * tables its columns refer to (checked by the loader, in the order declared).
 */
export const TABLES = {
  indicators: table({
    file: 'indicators.csv',
    schema: indicatorRow,
    key: { noun: 'indicator', column: 'id' },
    references: [{ column: 'base', table: 'indicators' }],
  }),
  values: table({
    file: 'values.csv',
    schema: valueRow,
    references: [{ column: 'indicator', table: 'indicators' }, source],
  }),
  sources: table({ file: 'sources.csv', schema: sourceRow, key: { noun: 'source', column: 'id' } }),
  zones: table({
    file: 'zones.csv',
    schema: zoneRow,
    key: { noun: 'zone', column: 'id' },
    references: [{ column: 'province', table: 'provinces' }, { column: 'batch', table: 'batches' }, source],
  }),
  zoneStatements: table({
    file: 'zone-statements.csv',
    schema: zoneStatementRow,
    references: [{ column: 'zone', table: 'zones' }, source],
  }),
  zoneCounts: table({
    file: 'zone-counts.csv',
    schema: zoneCountRow,
    references: [{ column: 'zones', table: 'zones' }, source],
  }),
  batches: table({
    file: 'batches.csv',
    schema: batchRow,
    key: { noun: 'batch', column: 'id' },
    references: [source],
  }),
  provinces: table({ file: 'provinces.csv', schema: provinceRow, key: { noun: 'province', column: 'id' } }),
  provinceCounts: table({
    file: 'province-counts.csv',
    schema: provinceCountRow,
    references: [{ column: 'province', table: 'provinces' }, source],
  }),
  assessments: table({
    file: 'assessments.csv',
    schema: assessmentRow,
    key: { noun: 'assessment', column: 'year', id: (r) => String(r.year) },
    references: [source],
  }),
  rankings: table({
    file: 'rankings.csv',
    schema: rankingRow,
    references: [
      { column: 'assessment_year', table: 'assessments', ids: (r) => [String(r.assessment_year)] },
      { column: 'zone', table: 'zones' },
      { column: 'province', table: 'provinces' },
      source,
    ],
  }),
  seedClaims: table({
    file: 'seed-claims.csv',
    schema: seedClaimRow,
    references: [{ column: 'indicator', table: 'indicators' }, source],
  }),
  conflicts: table({
    file: 'conflicts.csv',
    schema: conflictRow,
    key: { noun: 'conflict', column: 'key', id: (r) => `${r.scope}|${r.key}` },
  }),
  exclusions: table({ file: 'exclusions.csv', schema: exclusionRow }),
} satisfies Record<TableName, unknown>;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type TableTexts = Record<TableName, string>;
