import type { Observation } from '../../../../src/data/model';

/** The data years an indicator has figures for (any region, any period), ascending. */
export function yearsCovered(observations: readonly Observation[]): number[] {
  const years = new Set<number>();
  for (const o of observations) years.add(o.year);
  return [...years].sort((a, b) => a - b);
}
