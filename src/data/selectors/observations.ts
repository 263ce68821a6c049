import type { Dataset, Observation } from '../model';

/** Observations by indicator id, in file order: one pass, done once per dataset (ObservationIndex). */
export function groupByIndicator(observations: readonly Observation[]): Map<string, Observation[]> {
  const map = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = map.get(o.indicator);
    if (list) list.push(o);
    else map.set(o.indicator, [o]);
  }
  return map;
}

/** Observations by indicator id, in file order. */
export const observationsByIndicator = (
  dataset: Pick<Dataset, 'index'>,
): ReadonlyMap<string, readonly Observation[]> => dataset.index.byIndicator;

/** The data years an indicator has figures for (any region, any period), ascending. */
export function yearsCovered(observations: readonly Observation[]): number[] {
  const years = new Set<number>();
  for (const o of observations) years.add(o.year);
  return [...years].sort((a, b) => a - b);
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
