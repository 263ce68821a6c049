import type { Observation, StatedNumber } from '../../../../src/data/model';
import type { Qualifier, Region, Series, Unit } from '../../../../src/data/schema/enums';
import { assessFigures, type Agreement, type Assessment } from '../../../../src/data/selectors/disagreement';
import { groupStatements } from './statements';

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
  for (const o of observations) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  const judged = new Map(
    [...groups].map(([k, items]) => [k, assessFigures(groupStatements(items).map((s) => s.figure))]),
  );
  return (o) => judged.get(key(o));
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
  const groups = new Map<string, Observation[]>();
  const push = (map: Map<string, Observation[]>, key: string, o: Observation) => {
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  for (const o of observations) {
    if (o.year < from || o.year > to) continue;
    push(groups, `${o.indicator}|${o.region}|${o.series}`, o);
  }
  const lines: PlotLine[] = [];
  for (const indicator of indicators) {
    for (const region of regions) {
      for (const series of SERIES_ORDER) {
        const items = groups.get(`${indicator}|${region}|${series}`);
        if (!items) continue;
        lines.push({
          // Named by what the line is, as the app's lines are (no position in it).
          key: `l-${[indicator, region, series].map((id) => id.replace(/-/g, '-2d').replace(/\./g, '-2e')).join('--')}`,
          indicator,
          region,
          series,
          unit: (items[0] as Observation).unit,
          years: yearsOf(items, from, to, judge),
        });
      }
    }
  }
  return lines;
}

function yearsOf(items: readonly Observation[], from: number, to: number, judge: JudgeFigure): PlotYear[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of items) {
    const list = byYear.get(o.year);
    if (list) list.push(o);
    else byYear.set(o.year, [o]);
  }
  const years: PlotYear[] = [];
  for (let year = from; year <= to; year += 1) {
    const own = byYear.get(year) ?? [];
    const statements = groupStatements(own).map((s) => ({
      value: s.figure.value,
      qualifier: s.figure.qualifier,
      stated: s.figure,
      observations: s.items,
    }));
    // One line holds one period kind, so the year's figures share one disagreement group.
    const judged = own[0] ? judge(own[0]) : undefined;
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
