import type { Dataset, Observation } from '../model';
import { perDataset } from './memo';
import { groupStatements, hasConflict, type Statement } from './statements';

/** How many figures each source backs: values, zone counts, zones, province counts and rankings. */
export const figuresBacked = perDataset((dataset: Dataset): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const table of [
    dataset.observations,
    dataset.zoneCounts,
    dataset.zones,
    dataset.provinceCounts,
    dataset.rankings,
  ])
    for (const row of table) counts.set(row.source, (counts.get(row.source) ?? 0) + 1);
  return counts;
});

export interface Conflict {
  key: string;
  indicator: string;
  year: number;
  periodCode: string;
  region: string;
  statements: Statement<Observation>[];
}

/** Every indicator-year-period-region whose sources contradict each other, newest first. */
export const conflicts = perDataset((dataset: Pick<Dataset, 'observations'>): Conflict[] => {
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const key = `${o.indicator}|${o.year}|${o.periodCode}|${o.region}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const out: Conflict[] = [];
  for (const [key, items] of groups) {
    // Most keys have one figure: nothing to contradict, and no statements to build for it.
    if (items.length < 2) continue;
    const statements = groupStatements(items);
    if (statements.length < 2 || !hasConflict(statements)) continue;
    const o = items[0] as Observation;
    out.push({
      key,
      indicator: o.indicator,
      year: o.year,
      periodCode: o.periodCode,
      region: o.region,
      statements,
    });
  }
  return out.sort((a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator));
});
