import type { Observation, StatedNumber } from '../../model';
import type { Qualifier, Region, Series, Unit } from '../../schema/enums';
import { assessFigures, type Agreement, type Assessment } from '../disagreement';
import { figureOf, groupStatements, sameFigure } from '../statements';

/** One distinct figure of a year, with every observation that states it. */
export interface PlotStatement {
  /** The number drawn: the stated value, or its index in index mode. */
  value: number;
  qualifier: Qualifier;
  stated: StatedNumber;
  observations: Observation[];
}

/** A year of a line: no statement is a gap; several are figures that disagree, all drawn. */
export interface PlotYear {
  year: number;
  statements: PlotStatement[];
  /**
   * The sources disagree on this year's figure by the one rule (./disagreement), in this line or in
   * another series or form (a stated fraction) of the same quantity and region.
   */
  disputed: boolean;
  /** Figures of the year that differ but agree (rounded, a bound, approximate): a quiet mark. */
  marks: Agreement[];
}

/** One line: one indicator, region, period kind and publication series. */
export interface PlotLine {
  key: string;
  indicator: string;
  region: Region;
  series: Series;
  unit: Unit | 'index';
  years: PlotYear[];
  /** In index mode, the year that is 100. */
  baseYear?: number;
}

const SERIES_ORDER: readonly Series[] = ['statistics', 'assessment', 'other'];

/** What the one rule says about the group of figures an observation belongs to. */
export type JudgeFigure = (o: Observation) => Assessment | undefined;

/**
 * The one rule over the figures given, grouped by indicator, year, period and region: what the lines
 * use when the caller does not judge against the whole dataset (which also brings in a share stated as
 * a fraction of the same quantity, see ../valueGroups).
 */
export function judgeAmong(observations: readonly Observation[]): JudgeFigure {
  const key = (o: Observation) => [o.indicator, o.year, o.periodCode, o.region].join('|');
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = key(o);
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  const judged = new Map(
    [...groups].map(([k, items]) => [k, assessFigures(groupStatements(items).map((s) => s.figure))]),
  );
  return (o) => judged.get(key(o));
}

/**
 * The figures of one line's year as the chart draws them: distinct statements in order of first figure
 * (`groupStatements`), grouped as the figures arrive. A year's statements are searched in turn (no map
 * to allocate for each of a thousand line-years) until they are more than a few dozen, when they are
 * looked up by number.
 */
interface YearFigures {
  statements: PlotStatement[];
  byValue: Map<number, PlotStatement | PlotStatement[]> | null;
}

const SCAN_LIMIT = 64;

function addStatement(year: YearFigures, o: Observation): void {
  const { statements } = year;
  let found: PlotStatement | undefined;
  if (year.byValue === null) {
    for (const s of statements)
      if (s.value === o.value && sameFigure(s.stated, o)) {
        found = s;
        break;
      }
  } else {
    const candidates = year.byValue.get(o.value);
    found =
      candidates === undefined
        ? undefined
        : Array.isArray(candidates)
          ? candidates.find((s) => sameFigure(s.stated, o))
          : sameFigure(candidates.stated, o)
            ? candidates
            : undefined;
  }
  if (found) {
    found.observations.push(o);
    return;
  }
  const created = { value: o.value, qualifier: o.qualifier, stated: figureOf(o), observations: [o] };
  statements.push(created);
  if (year.byValue !== null) indexStatement(year.byValue, created);
  else if (statements.length > SCAN_LIMIT) {
    year.byValue = new Map();
    for (const s of statements) indexStatement(year.byValue, s);
  }
}

function indexStatement(byValue: Map<number, PlotStatement | PlotStatement[]>, s: PlotStatement): void {
  const candidates = byValue.get(s.value);
  if (candidates === undefined) byValue.set(s.value, s);
  else if (Array.isArray(candidates)) candidates.push(s);
  else byValue.set(s.value, [candidates, s]);
}

/** One line's figures: the first (it names the line's unit) and each data year's statements. */
export interface LineBucket {
  first: Observation;
  byYear: Map<number, YearFigures>;
}

/**
 * One indicator's figures in the range drawn, by region and series, each grouped into statements by
 * data year as they arrive in file order: the one pass that reads each figure, in the order they sit.
 */
export type LineBuckets = Map<Region, Map<Series, LineBucket>>;

/**
 * Puts a figure (of the range drawn) in its indicator's buckets: nested maps, no key string per figure.
 * `last`, the bucket of the figure before, is taken again for a figure of the same region and series:
 * in file order they come in runs (a zone's years, a table's regions).
 */
export function bucketFigure(buckets: LineBuckets, o: Observation, last?: LineBucket): LineBucket {
  let bucket = last && last.first.region === o.region && last.first.series === o.series ? last : undefined;
  if (!bucket) {
    let bySeries = buckets.get(o.region);
    if (!bySeries) buckets.set(o.region, (bySeries = new Map()));
    bucket = bySeries.get(o.series);
    if (!bucket) bySeries.set(o.series, (bucket = { first: o, byYear: new Map() }));
  }
  let year = bucket.byYear.get(o.year);
  if (!year) bucket.byYear.set(o.year, (year = { statements: [], byValue: null }));
  addStatement(year, o);
  return bucket;
}

/**
 * Lines over every year of the range, in the order the indicators and regions were chosen. A year
 * without a figure keeps an empty list, so the chart draws a gap and never a line across it.
 */
export function buildLines(
  observations: readonly Observation[],
  indicators: readonly string[],
  regions: readonly Region[],
  from: number,
  to: number,
  judge: JudgeFigure = judgeAmong(observations),
): PlotLine[] {
  const groups = new Map<string, LineBuckets>();
  for (const o of observations) {
    if (o.year < from || o.year > to) continue;
    let buckets = groups.get(o.indicator);
    if (!buckets) groups.set(o.indicator, (buckets = new Map()));
    bucketFigure(buckets, o);
  }
  return linesFrom(groups, indicators, regions, from, to, judge);
}

/** Ids may hold `-` and `.` (a path to Recharts): written out, so `--` only ever separates a key's parts. */
const keyPart = (id: string) => id.replace(/[-.]/g, (c) => (c === '-' ? '-2d' : '-2e'));

/**
 * A line's data key, from what the line is rather than where it comes: adding a region leaves every
 * other line's key, and so its drawn <Line>, as it was. Letters, digits, `_` and `-` only.
 */
const lineKey = (indicator: string, region: Region, series: Series) =>
  `l-${[indicator, region, series].map(keyPart).join('--')}`;

/**
 * The lines of bucketed figures (see `bucketFigure`; only figures from `from` to `to` are bucketed), in
 * the order of the indicators, regions and series.
 */
export function linesFrom(
  groups: ReadonlyMap<string, LineBuckets>,
  indicators: readonly string[],
  regions: readonly Region[],
  from: number,
  to: number,
  judge: JudgeFigure,
): PlotLine[] {
  const lines: PlotLine[] = [];
  for (const indicator of indicators) {
    for (const region of regions) {
      for (const series of SERIES_ORDER) {
        const bucket = groups.get(indicator)?.get(region)?.get(series);
        if (!bucket) continue;
        lines.push({
          key: lineKey(indicator, region, series),
          indicator,
          region,
          series,
          unit: bucket.first.unit,
          years: yearsOf(bucket.byYear, from, to, judge),
        });
      }
    }
  }
  return lines;
}

function yearsOf(
  byYear: ReadonlyMap<number, YearFigures>,
  from: number,
  to: number,
  judge: JudgeFigure,
): PlotYear[] {
  const years: PlotYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const statements = byYear.get(year)?.statements ?? [];
    // One line holds one period kind, so the year's figures share one disagreement group; the first
    // statement's first figure is the year's first.
    const first = statements[0]?.observations[0];
    const judged = first ? judge(first) : undefined;
    years.push({
      year,
      statements,
      disputed: judged?.conflict ?? false,
      marks: judged?.conflict ? [] : (judged?.marks ?? []),
    });
  }
  return years;
}

/** How many figures the lines draw. */
export function pointCount(lines: readonly PlotLine[]): number {
  return lines.reduce((n, l) => n + l.years.reduce((m, y) => m + y.statements.length, 0), 0);
}
