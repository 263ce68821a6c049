import type { Observation } from '../model';
import type { Region } from '../schema/enums';
import type { Period } from '../schema/period';

/** One year of a series: every figure for it (several when sources disagree), or none: a gap. */
export interface SeriesPoint {
  year: number;
  observations: Observation[];
}

export interface Series {
  indicator: string;
  region: Region;
  points: SeriesPoint[];
}

export interface SeriesQuery {
  indicator: string;
  regions: readonly Region[];
  from: number;
  to: number;
  periodKinds?: ReadonlyArray<Period['kind']>;
}

/**
 * The series of one indicator for each region over a year range. Every year in the range gets a
 * point; a year without figures keeps an empty list, so charts draw a gap and never a line across it.
 */
export function buildSeries(observations: readonly Observation[], query: SeriesQuery): Series[] {
  const kinds = query.periodKinds ?? ['FY'];
  return query.regions.map((region) => {
    const points: SeriesPoint[] = [];
    for (let year = query.from; year <= query.to; year += 1) points.push({ year, observations: [] });
    for (const o of observations) {
      if (o.indicator !== query.indicator || o.region !== region || !kinds.includes(o.period.kind)) continue;
      if (o.year < query.from || o.year > query.to) continue;
      points[o.year - query.from]?.observations.push(o);
    }
    return { indicator: query.indicator, region, points };
  });
}

/** Whether a series has any figure at all in its range. */
export function hasData(series: Series): boolean {
  return series.points.some((p) => p.observations.length > 0);
}
