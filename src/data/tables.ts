import {
  batchRow,
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
} from './schema/tables';

/** Every table of the bundled dataset: its file in src/data/dataset and its row schema. */
export const TABLES = {
  indicators: { file: 'indicators.csv', schema: indicatorRow },
  values: { file: 'values.csv', schema: valueRow },
  sources: { file: 'sources.csv', schema: sourceRow },
  zoneCounts: { file: 'zone-counts.csv', schema: zoneCountRow },
  zones: { file: 'zones.csv', schema: zoneRow },
  batches: { file: 'batches.csv', schema: batchRow },
  provinces: { file: 'provinces.csv', schema: provinceRow },
  provinceCounts: { file: 'province-counts.csv', schema: provinceCountRow },
  rankings: { file: 'rankings.csv', schema: rankingRow },
  seedClaims: { file: 'seed-claims.csv', schema: seedClaimRow },
  exclusions: { file: 'exclusions.csv', schema: exclusionRow },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type TableTexts = Record<TableName, string>;
