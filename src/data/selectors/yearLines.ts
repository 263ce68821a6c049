import type { Observation } from '../model';
import type { Region } from '../schema/enums';
import type { Period } from '../schema/period';

/** One year of a line: every figure for it (several when sources disagree), or none: a gap. */
export interface YearPoint {
  year: number;
  observations: Observation[];
}

/**
 * One indicator in one region, year by year. (Not a publication series: that is `Series` in
 * schema/enums, the release a figure comes from.)
 */
export interface YearLine {
  indicator: string;
  region: Region;
  points: YearPoint[];
}

export interface YearLineQuery {
  indicator: string;
  regions: readonly Region[];
  from: number;
  to: number;
  periodKinds?: ReadonlyArray<Period['kind']>;
}

/**
 * The line of one indicator for each region over a year range. Every year in the range gets a
 * point; a year without figures keeps an empty list, so charts draw a gap and never a line across it.
 */
export function buildYearLines(observations: readonly Observation[], query: YearLineQuery): YearLine[] {
  const kinds = query.periodKinds ?? ['FY'];
  return query.regions.map((region) => {
    const points: YearPoint[] = [];
    for (let year = query.from; year <= query.to; year += 1) points.push({ year, observations: [] });
    for (const o of observations) {
      if (o.indicator !== query.indicator || o.region !== region || !kinds.includes(o.period.kind)) continue;
      if (o.year < query.from || o.year > query.to) continue;
      points[o.year - query.from]?.observations.push(o);
    }
    return { indicator: query.indicator, region, points };
  });
}

/** Whether a line has any figure at all in its range. */
export function hasFigures(line: YearLine): boolean {
  return line.points.some((p) => p.observations.length > 0);
}
