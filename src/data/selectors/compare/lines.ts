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
 * One indicator's figures by region and series, each by data year in file order, with every figure in
 * file order too (its first figure in range names the line's unit).
 */
export type LineBuckets = Map<
  Region,
  Map<Series, { items: Observation[]; byYear: Map<number, Observation[]> }>
>;

/** Puts a figure in its indicator's buckets: nested maps, no key string per figure. */
export function bucketFigure(buckets: LineBuckets, o: Observation): void {
  let bySeries = buckets.get(o.region);
  if (!bySeries) buckets.set(o.region, (bySeries = new Map()));
  let bucket = bySeries.get(o.series);
  if (!bucket) bySeries.set(o.series, (bucket = { items: [], byYear: new Map() }));
  bucket.items.push(o);
  const list = bucket.byYear.get(o.year);
  if (list) list.push(o);
  else bucket.byYear.set(o.year, [o]);
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

/** The lines of bucketed figures (see `bucketFigure`), only those with a figure from `from` to `to`. */
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
        const first = bucket?.items.find((o) => o.year >= from && o.year <= to);
        if (!bucket || !first) continue;
        lines.push({
          key: lineKey(indicator, region, series),
          indicator,
          region,
          series,
          unit: first.unit,
          years: yearsOf(bucket.byYear, from, to, judge),
        });
      }
    }
  }
  return lines;
}

const NONE: readonly Observation[] = [];

function yearsOf(
  byYear: ReadonlyMap<number, readonly Observation[]>,
  from: number,
  to: number,
  judge: JudgeFigure,
): PlotYear[] {
  const years: PlotYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const own = byYear.get(year) ?? NONE;
    // One line holds one period kind, so the year's figures share one disagreement group.
    const judged = own[0] ? judge(own[0]) : undefined;
    years.push({
      year,
      statements: plotStatements(own),
      disputed: judged?.conflict ?? false,
      marks: judged?.conflict ? [] : (judged?.marks ?? []),
    });
  }
  return years;
}

/** `groupStatements`, shaped as the chart draws them in one step: at scale a year holds dozens of figures. */
function plotStatements(own: readonly Observation[]): PlotStatement[] {
  const out: PlotStatement[] = [];
  if (own.length === 1) {
    const o = own[0] as Observation;
    out.push({ value: o.value, qualifier: o.qualifier, stated: figureOf(o), observations: [o] });
    return out;
  }
  // By number first; a list only where one number is stated with different qualifiers or forms.
  const byValue = new Map<number, PlotStatement | PlotStatement[]>();
  for (const o of own) {
    const candidates = byValue.get(o.value);
    const found =
      candidates === undefined
        ? undefined
        : Array.isArray(candidates)
          ? candidates.find((s) => sameFigure(s.stated, o))
          : sameFigure(candidates.stated, o)
            ? candidates
            : undefined;
    if (found) {
      found.observations.push(o);
      continue;
    }
    const created = { value: o.value, qualifier: o.qualifier, stated: figureOf(o), observations: [o] };
    out.push(created);
    if (candidates === undefined) byValue.set(o.value, created);
    else if (Array.isArray(candidates)) candidates.push(created);
    else byValue.set(o.value, [candidates, created]);
  }
  return out;
}

/** How many figures the lines draw. */
export function pointCount(lines: readonly PlotLine[]): number {
  return lines.reduce((n, l) => n + l.years.reduce((m, y) => m + y.statements.length, 0), 0);
}
