/**
 * The one file through which the scale bench reaches the data layer's entry points. The refactors of
 * issue 10/11 may rename or move them (the dataset builder, the table list, the policy loader):
 * that is a one-line fix here, not a hunt through the bench.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from '../../../src/data/build';
import { packDataset, unpackDataset, type PackedDataset } from '../../../src/data/compiled/pack';
import { buildPolicy } from '../../../src/data/policy/build';
import { POLICY_TABLE_NAMES, POLICY_TABLES, type PolicyTexts } from '../../../src/data/policy/schema';
import { TABLE_NAMES, TABLES, type TableName, type TableTexts } from '../../../src/data/tables';

export type { Dataset } from '../../../src/data/model';
export type { PolicyData } from '../../../src/data/policy/model';
export type { TableName, TableTexts };

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The bundled dataset's CSV files and the policy tables. */
export const DATA_DIR = join(ROOT, 'src/data/csv');
export const POLICY_DIR = join(ROOT, 'src/data/policy');

export const TABLE_LIST: readonly TableName[] = TABLE_NAMES;
export const fileOf = (name: TableName): string => TABLES[name].file;

/**
 * What the build does with the tables (scripts/build/compiledData.ts): parse, check and pack them. The
 * build refuses a dataset with bad rows; the synthetic one has some, so here they are counted, not fatal.
 */
export function compileTexts(texts: TableTexts) {
  const dataset = buildDataset(texts);
  return { json: JSON.stringify(packDataset(dataset)), issues: dataset.issues.length };
}

/** What the browser does with the dataset chunk: JSON.parse and unpack. */
export const loadCompiled = (json: string) => unpackDataset(JSON.parse(json) as PackedDataset);

export function readTables(dir: string): TableTexts {
  return Object.fromEntries(
    TABLE_LIST.map((name) => [name, readFileSync(join(dir, fileOf(name)), 'utf8')]),
  ) as TableTexts;
}

export function loadPolicyData() {
  const texts = Object.fromEntries(
    POLICY_TABLE_NAMES.map((name) => [
      name,
      readFileSync(join(POLICY_DIR, POLICY_TABLES[name].file), 'utf8'),
    ]),
  ) as PolicyTexts;
  return buildPolicy(texts);
}
