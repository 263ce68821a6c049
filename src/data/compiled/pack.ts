/**
 * The compact form the build emits for the bundled tables (scripts/build/compiledData.ts): each table as
 * column names plus one array per row, so a key is written once per table, not once per figure, and the
 * browser only runs JSON.parse and this unpacking — the parser and the schemas stay in the build.
 */
import type {
  Assessment,
  Batch,
  ConflictExplanation,
  Coverage,
  Dataset,
  Indicator,
  Observation,
  ObservationIndex,
  Province,
  Source,
} from '../model';
import type { PolicyData } from '../policy/model';
import { THEMES, type Region, type Theme } from '../schema/enums';
import type { Assessment as Verdict } from '../selectors/disagreement';
import { groupByIndicator, yearsCovered } from '../selectors/observations';
import { quantities, type JudgedIndex } from '../selectors/valueGroups';

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
type ListTable = Exclude<keyof Dataset, MapTable | 'issues' | 'index' | 'coverage'>;
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
/** The figures and their index travel by indicator group (below), not in the core. */
type FigureParts = 'observations' | 'shared' | 'judged';
export type PackedCore = Omit<PackedDataset, DetailTable | FigureParts> & { coverage: PackedCoverage };

/**
 * The coverage summary (model.ts `Coverage`) as JSON: [indicator id, years, figures] rows, region ids, the
 * number of disagreements.
 */
export interface PackedCoverage {
  indicators: [string, number[], number][];
  regions: Region[];
  disagreements: number;
}

/**
 * What figures each indicator has, from the figures themselves, and how many disagreements the Sources
 * list flags (`flaggedConflicts(dataset).length`, counted by the caller: the selectors stay out of the
 * browser's dataset code): what the build ships in the core.
 */
export function coverageOf(
  { indicators, observations }: Pick<Dataset, 'indicators' | 'observations'>,
  disagreements: number,
): PackedCoverage {
  const byIndicator = groupByIndicator(observations);
  return {
    indicators: [...indicators.keys()].flatMap((id): [string, number[], number][] => {
      const list = byIndicator.get(id);
      return list ? [[id, yearsCovered(list), list.length]] : [];
    }),
    regions: [...new Set(observations.map((o) => o.region))],
    disagreements,
  };
}

export const unpackCoverage = ({ indicators, regions, disagreements }: PackedCoverage): Coverage => ({
  indicators: new Map(indicators.map(([id, years, figures]) => [id, { years, figures }])),
  regions: new Set(regions),
  disagreements,
});
export type PackedDetail = Pick<PackedDataset, DetailTable>;

/**
 * The figures of one indicator group (a theme of indicators.csv), in file order, with the part of the
 * index that points into them: the shared figure lists (positions in this group's list) and their verdicts.
 */
export interface PackedGroup {
  observations: PackedRows;
  shared: number[][];
  judged: Verdict[];
}
export type PackedGroups = Record<Theme, PackedGroup>;

/**
 * The group an indicator's figures travel in: the theme of the quantity it states, so a share stated as a
 * fraction travels with the same share in per cent and a list of figures sources can disagree on (one
 * quantity) is never cut between two groups.
 */
export function groupsOf(indicators: Dataset['indicators']): ReadonlyMap<string, Theme> {
  const out = new Map<string, Theme>();
  for (const [id, quantity] of quantities({ indicators }))
    out.set(id, (indicators.get(quantity) ?? (indicators.get(id) as Indicator)).theme);
  return out;
}

/**
 * Which group holds each indicator, and the groups of the indicators two views show without naming them in
 * the address (Overview's cards and Zone growth's year card; Compare's default): a module of its own
 * (scripts/build/compiledData.ts), small enough to arrive before the entry has run, so a view's groups are
 * requested beside its code rather than after the core.
 */
export interface FigureGroupIndex {
  groups: Partial<Record<Theme, string[]>>;
  headline: Theme[];
  compareDefault: Theme[];
}

const isDetail = (name: string): name is DetailTable => (DETAIL_TABLES as readonly string[]).includes(name);
const isFigures = (name: string): name is FigureParts =>
  name === 'observations' || name === 'shared' || name === 'judged';

/**
 * The packed dataset cut in parts: every table lands in exactly one of core and detail, and every figure in
 * the group of its indicator, with the shared lists and verdicts that point into it renumbered to it.
 */
export function splitPacked(
  packed: PackedDataset,
  dataset: Pick<Dataset, 'indicators' | 'observations'>,
  disagreements: number,
): { core: PackedCore; detail: PackedDetail; groups: PackedGroups } {
  const core: Record<string, unknown> = {};
  const detail: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(packed))
    if (!isFigures(name)) (isDetail(name) ? detail : core)[name] = value;
  core.coverage = coverageOf(dataset, disagreements);
  const groupOf = groupsOf(dataset.indicators);
  const themeAt = dataset.observations.map((o, i) => {
    // The browser puts the groups back in file order by line: the line must say where a figure was.
    if (i > 0 && o.line <= (dataset.observations[i - 1] as Observation).line)
      throw new Error(`figures out of file order at line ${o.line}`);
    return groupOf.get(o.indicator) as Theme;
  });
  const local: number[] = [];
  const rows = new Map<Theme, unknown[][]>(THEMES.map((t) => [t, []]));
  themeAt.forEach((theme, i) => {
    const list = rows.get(theme) as unknown[][];
    local.push(list.length);
    list.push(packed.observations.rows[i] as unknown[]);
  });
  const groups = Object.fromEntries(
    THEMES.map((theme) => {
      const group: PackedGroup = {
        observations: packRowsOf(packed.observations, rows.get(theme) as unknown[][]),
        shared: [],
        judged: [],
      };
      return [theme, group];
    }),
  ) as PackedGroups;
  packed.shared.forEach((positions, i) => {
    const theme = themeAt[positions[0] as number] as Theme;
    if (positions.some((p) => themeAt[p] !== theme))
      throw new Error(
        `shared figures in two groups at line ${dataset.observations[positions[0] as number]?.line}`,
      );
    groups[theme].shared.push(positions.map((p) => local[p] as number));
    groups[theme].judged.push(packed.judged[i] as Verdict);
  });
  return { core: core as PackedCore, detail: detail as PackedDetail, groups };
}

/** Some rows of a packed table as a table of their own (the absent cells follow their rows). */
function packRowsOf(table: PackedRows, rows: unknown[][]): PackedRows {
  const at = new Map(table.rows.map((row, i) => [row, i]));
  const position = new Map(rows.map((row, i) => [at.get(row) as number, i]));
  const absent: Record<string, number[]> = {};
  for (const [column, indexes] of Object.entries(table.absent ?? {})) {
    const kept = indexes.flatMap((i) => (position.has(i) ? [position.get(i) as number] : []));
    if (kept.length > 0) absent[column] = kept;
  }
  return Object.keys(absent).length > 0
    ? { columns: table.columns, rows, absent }
    : { columns: table.columns, rows };
}

export interface FigureGroup {
  observations: Observation[];
  byIndicator: ReadonlyMap<string, readonly Observation[]>;
  shared: readonly (readonly number[])[];
  judged: readonly Verdict[];
}

export function unpackGroup(packed: PackedGroup): FigureGroup {
  const observations = unpackRows<Observation>(packed.observations);
  return {
    observations,
    byIndicator: groupByIndicator(observations),
    shared: packed.shared,
    judged: packed.judged,
  };
}

/**
 * The groups joined back into the dataset's figures and index: figures in file order (by line, as the build
 * checked), the shared lists renumbered to the whole list and ordered by their first figure, as built.
 */
export function joinGroups(groups: readonly FigureGroup[]): {
  observations: Observation[];
  index: JudgedIndex;
} {
  const heads = groups.map(() => 0);
  const positions = groups.map((g) => new Array<number>(g.observations.length));
  const observations: Observation[] = [];
  for (;;) {
    let next = -1;
    groups.forEach((g, k) => {
      const o = g.observations[heads[k] as number];
      const best = next < 0 ? undefined : groups[next]?.observations[heads[next] as number];
      if (o && (!best || o.line < best.line)) next = k;
    });
    if (next < 0) break;
    const k = heads[next] as number;
    (positions[next] as number[])[k] = observations.length;
    observations.push((groups[next] as FigureGroup).observations[k] as Observation);
    heads[next] = k + 1;
  }
  const lists = groups.flatMap((g, k) =>
    g.shared.map((list, i) => ({
      list: list.map((p) => (positions[k] as number[])[p] as number),
      verdict: g.judged[i] as Verdict,
    })),
  );
  lists.sort((a, b) => (a.list[0] as number) - (b.list[0] as number));
  const index: JudgedIndex = {
    byIndicator: groupByIndicator(observations),
    shared: lists.map((l) => l.list),
    judged: lists.map((l) => l.verdict),
  };
  return { observations, index };
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((row) => [row.id, row]));

/** The core without the figures: what the browser has before any indicator group has loaded. */
export interface Catalogue {
  tables: Omit<CoreDataset, 'observations' | 'index'> & { coverage: Coverage };
  /** The group each indicator's figures travel in (`groupsOf`). */
  groupOf: ReadonlyMap<string, Theme>;
}

export function unpackCatalogue(packed: PackedCore): Catalogue {
  const tables = { ...unpackTables(packed), coverage: unpackCoverage(packed.coverage) };
  return { tables, groupOf: groupsOf(tables.indicators) };
}

/** The core with the figures of the groups given (every group: the whole core), joined in file order. */
export function unpackCore(packed: PackedCore, groups: readonly PackedGroup[]): CoreDataset {
  return { ...joinGroups(groups.map(unpackGroup)), ...unpackTables(packed) };
}

function unpackTables(packed: Omit<PackedCore, 'coverage'>): Omit<CoreDataset, 'observations' | 'index'> {
  return {
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
  const observations = unpackRows<Observation>(packed.observations);
  const index: JudgedIndex = {
    byIndicator: groupByIndicator(observations),
    shared: packed.shared,
    judged: packed.judged,
  };
  return { ...unpackTables(packed), observations, index, ...unpackDetail(packed) };
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
