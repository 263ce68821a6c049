import type { Dataset, Observation } from '../../model';
import type { Region, Series } from '../../schema/enums';
import type { Period } from '../../schema/period';
import { perDataset } from '../memo';
import { observationsByIndicator } from '../observations';
import { indexLines, type BaseOption } from './indexing';
import {
  bucketFigure,
  linesFrom,
  pointCount,
  type LineBucket,
  type LineBuckets,
  type PlotLine,
  type PlotStatement,
} from './lines';
import { resolveIndicators, type Mode } from './modes';
import { groupPanels, type Panel } from './panels';
import type { Agreement } from '../disagreement';
import { groupOf } from '../valueGroups';

export interface CompareQuery {
  ind: readonly string[];
  reg: readonly Region[];
  from: number | null;
  to: number | null;
  mode: Mode;
  per: Period['kind'];
  ser: readonly Series[];
  /** Index mode: the year that is 100; null (or a year no line can use) means the default. */
  base?: number | null;
}

/** One table row: one observation of one drawn figure. */
export interface CompareRow {
  id: string;
  line: PlotLine;
  year: number;
  statement: PlotStatement;
  observation: Observation;
  /** The row's figure is one of a disagreement by the one rule (any series, per cent or stated fraction). */
  disputed: boolean;
  /** `values|key` of that disagreement, as the Sources list names it; null when not disputed. */
  conflictId: string | null;
  /** The year's figures differ but agree (rounded, a bound, approximate): a quiet mark. */
  marks: Agreement[];
}

export interface CompareResult {
  /** Ids in `ind` the dataset does not know. */
  unknown: string[];
  shown: string[];
  /** Chosen indicators without a published counterpart for the mode. */
  without: string[];
  /** Years with figures for the selection, ignoring the year range. */
  coverage: { from: number; to: number } | null;
  from: number;
  to: number;
  lines: PlotLine[];
  panels: Panel[];
  rows: CompareRow[];
  points: number;
  yearsWithData: number[];
  /** Figures per period kind for the chosen indicators, regions and series, any year: what the period filter can offer. */
  periodCounts: Partial<Record<Period['kind'], number>>;
  /** Distinct numbers of zones the drawn figures cover, with their note keys. */
  zoneBases: Array<{ count: number; notes: string[] }>;
  /** Index mode only: the base year of every line, the years it could be, and lines left out. */
  index: { base: number | null; options: BaseOption[]; dropped: PlotLine[] } | null;
}

/** The regions a filter asks for: none chosen means all zones nationally. */
export function chosenRegions(reg: readonly Region[]): readonly Region[] {
  return reg.length ? reg : ['national'];
}

function compute(dataset: Pick<Dataset, 'indicators' | 'index'>, query: CompareQuery): CompareResult {
  const byIndicator = observationsByIndicator(dataset);
  const regions = chosenRegions(query.reg);
  const unknown = query.ind.filter((id) => !dataset.indicators.has(id));
  const known = query.ind.filter((id) => dataset.indicators.has(id));
  const { shown, without } = resolveIndicators(
    dataset.indicators,
    known,
    query.mode,
    (id) => (byIndicator.get(id)?.length ?? 0) > 0,
  );
  // One pass over the chosen indicators' figures, in the order they sit, for the period counts, the
  // coverage, the lines' statements and the sources they cite: at scale each indicator holds tens of
  // thousands of figures, and a later pass by line and year reads them scattered.
  const periodCounts: Partial<Record<Period['kind'], number>> = {};
  const groups = new Map<string, LineBuckets>();
  const sources = new Map<PlotLine['unit'], Set<string>>();
  const withBases = new Set<LineBucket>();
  const lowest = query.from ?? -Infinity;
  const highest = query.to ?? Infinity;
  let first = Infinity;
  let last = -Infinity;
  for (const id of shown) {
    let buckets = groups.get(id);
    if (!buckets) groups.set(id, (buckets = new Map()));
    let previous: LineBucket | undefined;
    let previousSources: Set<string> | undefined;
    for (const o of byIndicator.get(id) ?? [])
      if (regions.includes(o.region) && query.ser.includes(o.series)) {
        periodCounts[o.period.kind] = (periodCounts[o.period.kind] ?? 0) + 1;
        if (o.period.kind !== query.per) continue;
        if (o.year < first) first = o.year;
        if (o.year > last) last = o.year;
        // The range drawn lies within the range asked for (see below): figures outside it are never drawn.
        if (o.year < lowest || o.year > highest) continue;
        const bucket = bucketFigure(buckets, o, previous);
        let unitSources = bucket === previous ? previousSources : sources.get(bucket.first.unit);
        if (!unitSources) sources.set(bucket.first.unit, (unitSources = new Set()));
        unitSources.add(o.source);
        previous = bucket;
        previousSources = unitSources;
        if (o.zoneBasis !== null) withBases.add(bucket);
      }
  }
  const coverage = first <= last ? { from: first, to: last } : null;
  // The range drawn never reaches past the years with figures, so the year fields, the axis and the
  // table all show the same years; a range wholly outside them stays as asked, for the "no figures" notice.
  let from = Math.max(query.from ?? -Infinity, coverage?.from ?? -Infinity);
  let to = Math.min(query.to ?? Infinity, coverage?.to ?? Infinity);
  if (!coverage || from > to) {
    from = query.from ?? coverage?.from ?? 0;
    to = query.to ?? coverage?.to ?? -1;
  }

  const judge = (o: Observation) => groupOf(dataset, o)?.assessment;
  const built = from <= to ? linesFrom(groups, shown, regions, from, to, judge) : [];
  const indexed = query.mode === 'index' ? indexLines(built, query.base ?? null) : null;
  const lines = indexed ? indexed.lines : built;
  // Indexed lines are new lines of another unit, some left out: their facts are gathered from them.
  if (!indexed)
    passFacts.set(lines, {
      sourcesByUnit: new Map([...sources].map(([unit, set]) => [unit, set.size])),
      withBases: new Set(
        lines.filter((l) => {
          const bucket = groups.get(l.indicator)?.get(l.region)?.get(l.series);
          return bucket !== undefined && withBases.has(bucket);
        }),
      ),
    });

  const years = new Set<number>();
  for (const line of lines) for (const y of line.years) if (y.statements.length > 0) years.add(y.year);
  // Every statement states at least one figure, so these are the years of the rows.
  const yearsWithData = [...years].sort((a, b) => a - b);
  // Built on first read: a bar chart shows one year's rows, and at scale the rows of every year are tens of thousands.
  let rows: CompareRow[] | undefined;
  // On first read too: the view warns by region (drawnFacts), and this pass visits every drawn figure.
  let zoneBases: CompareResult['zoneBases'] | undefined;
  return {
    unknown,
    shown,
    without,
    coverage,
    from,
    to,
    lines,
    panels: groupPanels(lines, (id) => dataset.indicators.get(id)?.kind ?? 'level'),
    get rows() {
      return (rows ??= compareRows(dataset, lines));
    },
    points: pointCount(lines),
    yearsWithData,
    periodCounts,
    get zoneBases() {
      return (zoneBases ??= drawnBases(lines));
    },
    index: indexed && { base: indexed.base, options: indexed.options, dropped: indexed.dropped },
  };
}

/**
 * The table rows of lines: one per observation of each drawn figure, in the order the lines draw them;
 * of one year only when `year` is given (a bar chart's).
 */
export function compareRows(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  lines: readonly PlotLine[],
  year?: number,
): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const line of lines) {
    for (const y of line.years) {
      if (year !== undefined && y.year !== year) continue;
      // A line-year's figures share indicator, year and region: their group differs only by period code.
      const conflictIds = new Map<string, string>();
      const conflictIdOf = (o: Observation) => {
        let id = conflictIds.get(o.periodCode);
        if (id === undefined)
          conflictIds.set(o.periodCode, (id = `values|${groupOf(dataset, o)?.key ?? ''}`));
        return id;
      };
      for (const statement of y.statements) {
        for (const observation of statement.observations) {
          rows.push({
            id: `${line.key}|${observation.id}`,
            line,
            year: y.year,
            statement,
            observation,
            disputed: y.disputed,
            conflictId: y.disputed ? conflictIdOf(observation) : null,
            marks: y.marks,
          });
        }
      }
    }
  }
  return rows;
}

function basesOf(observations: Iterable<Observation>): Array<{ count: number; notes: string[] }> {
  const bases = new Map<number, Set<string>>();
  for (const observation of observations) addBasis(bases, observation);
  return basesList(bases);
}

/** The zone bases of the figures the lines draw, in the order of their rows. */
function drawnBases(lines: readonly PlotLine[]): Array<{ count: number; notes: string[] }> {
  const bases = new Map<number, Set<string>>();
  for (const line of lines)
    for (const y of line.years)
      for (const s of y.statements) for (const o of s.observations) addBasis(bases, o);
  return basesList(bases);
}

function addBasis(bases: Map<number, Set<string>>, observation: Observation): void {
  if (observation.zoneBasis === null) return;
  let notes = bases.get(observation.zoneBasis);
  if (!notes) bases.set(observation.zoneBasis, (notes = new Set<string>()));
  for (const n of observation.zoneBasisNote) notes.add(n);
}

function basesList(bases: Map<number, Set<string>>): Array<{ count: number; notes: string[] }> {
  return [...bases].sort((a, b) => a[0] - b[0]).map(([count, notes]) => ({ count, notes: [...notes] }));
}

/** Distinct numbers of zones that rows cover, with the note keys that explain them. */
export function zoneBasesOf(rows: readonly CompareRow[]): Array<{ count: number; notes: string[] }> {
  return basesOf(rows.map((r) => r.observation));
}

export interface RegionBases {
  region: Region;
  bases: Array<{ count: number; notes: string[] }>;
}

/**
 * Regions whose own figures cover different numbers of zones. Regions differ in size by nature
 * (East and West hold different zones), so only bases within one region are worth a warning.
 */
export function conflictingZoneBases(rows: readonly CompareRow[]): RegionBases[] {
  const byRegion = new Map<Region, Map<number, Set<string>>>();
  for (const row of rows) addBasis(basesIn(byRegion, row.line.region), row.observation);
  return regionBasesList(byRegion);
}

/** What the notes of a view say about the figures lines draw, gathered in one pass (see `drawnFacts`). */
export interface DrawnFacts {
  /** How many distinct sources back the figures of each unit: what a panel of that unit cites. */
  sourcesByUnit: Map<PlotLine['unit'], number>;
  /** `conflictingZoneBases` of the rows the lines would have. */
  zoneBases: RegionBases[];
}

/** What the one pass of `compute` learnt about the figures of the lines it built, by those lines. */
interface PassFacts {
  sourcesByUnit: Map<PlotLine['unit'], number>;
  /** Lines with a figure that names its zone basis: the others add nothing to the zone bases. */
  withBases: ReadonlySet<PlotLine>;
}

const passFacts = new WeakMap<readonly PlotLine[], PassFacts>();

/**
 * The sources and zone bases of the figures lines draw (of one year when given), without building the
 * rows: at scale the lines hold tens of thousands of figures. The sources of every year of a result's
 * lines were counted as `selectCompare` read the figures; otherwise the lines are visited once for both.
 */
export function drawnFacts(lines: readonly PlotLine[], year?: number | null): DrawnFacts {
  const known = year === undefined ? passFacts.get(lines) : undefined;
  const sources = new Map<PlotLine['unit'], Set<string>>();
  const byRegion = new Map<Region, Map<number, Set<string>>>();
  for (const line of lines) {
    let unitSources = sources.get(line.unit);
    if (!unitSources && !known) sources.set(line.unit, (unitSources = new Set()));
    // A region enters the list with its first figure, as with its first row: the rows' order is kept.
    if (known) {
      basesIn(byRegion, line.region);
      if (!known.withBases.has(line)) continue;
    }
    for (const y of line.years) {
      if (year !== undefined && y.year !== year) continue;
      if (y.statements.length === 0) continue;
      const bases = basesIn(byRegion, line.region);
      for (const s of y.statements)
        for (const o of s.observations) {
          unitSources?.add(o.source);
          addBasis(bases, o);
        }
    }
  }
  return {
    sourcesByUnit: known?.sourcesByUnit ?? new Map([...sources].map(([unit, set]) => [unit, set.size])),
    zoneBases: regionBasesList(byRegion),
  };
}

function basesIn(byRegion: Map<Region, Map<number, Set<string>>>, region: Region): Map<number, Set<string>> {
  let bases = byRegion.get(region);
  if (!bases) byRegion.set(region, (bases = new Map()));
  return bases;
}

function regionBasesList(byRegion: ReadonlyMap<Region, Map<number, Set<string>>>): RegionBases[] {
  return [...byRegion]
    .map(([region, bases]) => ({ region, bases: basesList(bases) }))
    .filter((r) => r.bases.length > 1);
}

const cacheFor = perDataset(
  (_dataset: Pick<Dataset, 'indicators' | 'index'>) => new Map<string, CompareResult>(),
);

/** The Compare view's figures for a filter, computed once per dataset and filter. */
export function selectCompare(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  query: CompareQuery,
): CompareResult {
  const cache = cacheFor(dataset);
  const key = JSON.stringify([
    query.ind,
    query.reg,
    query.from,
    query.to,
    query.mode,
    query.per,
    query.ser,
    query.mode === 'index' ? (query.base ?? null) : null,
  ]);
  let result = cache.get(key);
  if (!result) {
    result = compute(dataset, query);
    cache.set(key, result);
  }
  return result;
}
