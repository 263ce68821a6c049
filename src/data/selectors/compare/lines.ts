import type { Observation, StatedNumber } from '../../model';
import type { Qualifier, Region, Series, Unit } from '../../schema/enums';
import { groupStatements } from '../statements';

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
  /** The sources disagree on this year's figure, in this line or in another series of the same indicator and region. */
  disputed: boolean;
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
): PlotLine[] {
  const groups = new Map<string, Observation[]>();
  // A disagreement spans publication series: every figure of it is marked, not only those that share a series.
  const byYear = new Map<string, Observation[]>();
  const push = (map: Map<string, Observation[]>, key: string, o: Observation) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  for (const o of observations) {
    if (o.year < from || o.year > to) continue;
    push(groups, `${o.indicator}|${o.region}|${o.series}`, o);
    push(byYear, `${o.indicator}|${o.region}|${o.year}`, o);
  }
  const disputed = new Set(
    [...byYear].filter(([, items]) => groupStatements(items).length > 1).map(([key]) => key),
  );
  const lines: PlotLine[] = [];
  for (const indicator of indicators) {
    for (const region of regions) {
      for (const series of SERIES_ORDER) {
        const items = groups.get(`${indicator}|${region}|${series}`);
        if (!items) continue;
        lines.push({
          key: `s${lines.length}`,
          indicator,
          region,
          series,
          unit: (items[0] as Observation).unit,
          years: yearsOf(items, from, to, (year) => disputed.has(`${indicator}|${region}|${year}`)),
        });
      }
    }
  }
  return lines;
}

function yearsOf(
  items: readonly Observation[],
  from: number,
  to: number,
  isDisputed: (year: number) => boolean,
): PlotYear[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of items) {
    const list = byYear.get(o.year);
    if (list) list.push(o);
    else byYear.set(o.year, [o]);
  }
  const years: PlotYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const statements = groupStatements(byYear.get(year) ?? []).map((s) => ({
      value: s.figure.value,
      qualifier: s.figure.qualifier,
      stated: s.figure,
      observations: s.items,
    }));
    years.push({ year, statements, disputed: statements.length > 0 && isDisputed(year) });
  }
  return years;
}

/** How many figures the lines draw. */
export function pointCount(lines: readonly PlotLine[]): number {
  return lines.reduce((n, l) => n + l.years.reduce((m, y) => m + y.statements.length, 0), 0);
}
