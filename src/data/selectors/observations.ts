import type { Dataset, Observation } from '../model';
import { perDataset } from './memo';

/** Observations by indicator id, in file order. */
export const observationsByIndicator = perDataset((dataset: Pick<Dataset, 'observations'>) => {
  const map = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const list = map.get(o.indicator);
    if (list) list.push(o);
    else map.set(o.indicator, [o]);
  }
  return map as ReadonlyMap<string, readonly Observation[]>;
});

/** The data years an indicator has figures for (any region, any period), ascending. */
export function yearsCovered(observations: readonly Observation[]): number[] {
  return [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
}

/**
 * The first and last year of some figures, or null for none. A loop, not Math.min(...years):
 * spreading a few hundred thousand arguments overflows the call stack.
 */
export function yearSpan(items: Iterable<{ year: number }>): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const { year } of items) {
    if (year < from) from = year;
    if (year > to) to = year;
  }
  return from <= to ? { from, to } : null;
}
