/**
 * The compact form the build emits for the bundled tables (scripts/build/compiledData.ts): each table as
 * column names plus one array per row, so a key is written once per table, not once per figure, and the
 * browser only runs JSON.parse and this unpacking — the parser and the schemas stay in the build.
 */
import type {
  Assessment,
  Batch,
  ConflictExplanation,
  Dataset,
  Indicator,
  Observation,
  ObservationIndex,
  Province,
  Source,
} from '../model';
import type { PolicyData } from '../policy/model';
import { groupByIndicator } from '../selectors/observations';
import type { JudgedIndex } from '../selectors/valueGroups';

export interface PackedRows {
  columns: string[];
  rows: unknown[][];
  /** Cells a row does not have at all (an optional field), by column: row indexes. JSON has no hole. */
  absent?: Record<string, number[]>;
}

export function packRows(items: readonly object[]): PackedRows {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const item of items)
    for (const key of Object.keys(item))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  const absent: Record<string, number[]> = {};
  const rows = items.map((item, index) => {
    const record = item as Record<string, unknown>;
    return columns.map((column) => {
      if (record[column] !== undefined) return record[column];
      (absent[column] ??= []).push(index);
      return null;
    });
  });
  return Object.keys(absent).length > 0 ? { columns, rows, absent } : { columns, rows };
}

export function unpackRows<T>({ columns, rows, absent }: PackedRows): T[] {
  // A row without a field never gets it: adding then deleting a property would slow every later read.
  const missing = new Map<number, Set<string>>();
  for (const [column, indexes] of Object.entries(absent ?? {}))
    for (const index of indexes) missing.set(index, (missing.get(index) ?? new Set()).add(column));
  return rows.map((row, index) => {
    const skip = missing.get(index);
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i] as string;
      if (!skip?.has(column)) record[column] = row[i];
    }
    return record as T;
  });
}

/** The maps of the dataset, packed as their values; unpacking reads each key back by the rule that made it. */
const MAP_TABLES = ['indicators', 'sources', 'batches', 'provinces', 'assessments', 'explanations'] as const;
type MapTable = (typeof MAP_TABLES)[number];
type ListTable = Exclude<keyof Dataset, MapTable | 'issues' | 'index'>;
const LIST_TABLES = [
  'observations',
  'zoneCounts',
  'zones',
  'zoneStatements',
  'provinceCounts',
  'rankings',
  'seedClaims',
  'exclusions',
] as const satisfies readonly ListTable[];
// A list added to Dataset without a line above fails the type check here.
const everyListPacked: Exclude<ListTable, (typeof LIST_TABLES)[number]> extends never ? true : never = true;
void everyListPacked;

export type PackedDataset = Record<MapTable | ListTable, PackedRows> & {
  /**
   * The index's shared figures and the one rule's verdict on each, found at build time (the browser
   * would otherwise judge every figure to list the disagreements); the rest of the index is rebuilt on load.
   */
  shared: ObservationIndex['shared'];
  judged: JudgedIndex['judged'];
};

/** Only a dataset without issues is packed: the build refuses the others before it gets here. */
export function packDataset(dataset: Dataset): PackedDataset {
  const { shared, judged } = dataset.index as JudgedIndex;
  const packed = { shared, judged } as PackedDataset;
  for (const name of MAP_TABLES)
    packed[name] = packRows([...(dataset[name] as ReadonlyMap<unknown, object>).values()]);
  for (const name of LIST_TABLES) packed[name] = packRows(dataset[name]);
  return packed;
}

/**
 * Tables that only Zone growth, Zones, Rankings and Sources read: the build emits them as a chunk of their
 * own, so Overview, Compare and Policies do not download them. The rest (indicators, figures, sources,
 * zone counts, conflict notes) is the core every view reads.
 */
export const DETAIL_TABLES = [
  'zones',
  'zoneStatements',
  'provinces',
  'provinceCounts',
  'rankings',
  'assessments',
  'seedClaims',
  'exclusions',
] as const satisfies readonly (MapTable | ListTable)[];
export type DetailTable = (typeof DETAIL_TABLES)[number];
export type DetailTables = Pick<Dataset, DetailTable>;
export type CoreDataset = Omit<Dataset, DetailTable>;
export type PackedCore = Omit<PackedDataset, DetailTable>;
export type PackedDetail = Pick<PackedDataset, DetailTable>;

const isDetail = (name: string): name is DetailTable => (DETAIL_TABLES as readonly string[]).includes(name);

/** The packed dataset cut in two: every table lands in exactly one part. */
export function splitPacked(packed: PackedDataset): { core: PackedCore; detail: PackedDetail } {
  const core: Record<string, unknown> = {};
  const detail: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(packed)) (isDetail(name) ? detail : core)[name] = value;
  return { core: core as PackedCore, detail: detail as PackedDetail };
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((row) => [row.id, row]));

export function unpackCore(packed: PackedCore): CoreDataset {
  const observations = unpackRows<Observation>(packed.observations);
  const index: JudgedIndex = {
    byIndicator: groupByIndicator(observations),
    shared: packed.shared,
    judged: packed.judged,
  };
  return {
    observations,
    index,
    indicators: byId(unpackRows<Indicator>(packed.indicators)),
    sources: byId(unpackRows<Source>(packed.sources)),
    batches: byId(unpackRows<Batch>(packed.batches)),
    explanations: new Map(
      unpackRows<ConflictExplanation>(packed.explanations).map((c) => [`${c.scope}|${c.key}`, c]),
    ),
    zoneCounts: unpackRows(packed.zoneCounts),
    issues: [],
  };
}

export function unpackDetail(packed: PackedDetail): DetailTables {
  return {
    zones: unpackRows(packed.zones),
    zoneStatements: unpackRows(packed.zoneStatements),
    provinces: byId(unpackRows<Province>(packed.provinces)),
    provinceCounts: unpackRows(packed.provinceCounts),
    rankings: unpackRows(packed.rankings),
    assessments: new Map(unpackRows<Assessment>(packed.assessments).map((a) => [a.year, a])),
    seedClaims: unpackRows(packed.seedClaims),
    exclusions: unpackRows(packed.exclusions),
  };
}

/** The whole dataset at once (the scale bench, tests): both parts joined. */
export function unpackDataset(packed: PackedDataset): Dataset {
  return { ...unpackCore(packed), ...unpackDetail(packed) };
}

export type PackedPolicy = Record<Exclude<keyof PolicyData, 'issues' | 'tags' | 'bodies'>, PackedRows> &
  Pick<PolicyData, 'tags' | 'bodies'>;

export function packPolicy({ documents, areas, measures, tags, bodies }: PolicyData): PackedPolicy {
  return {
    documents: packRows(documents),
    areas: packRows(areas),
    measures: packRows(measures),
    tags,
    bodies,
  };
}

export function unpackPolicy(packed: PackedPolicy): PolicyData {
  return {
    documents: unpackRows(packed.documents),
    areas: unpackRows(packed.areas),
    measures: unpackRows(packed.measures),
    tags: packed.tags,
    bodies: packed.bodies,
    issues: [],
  };
}
