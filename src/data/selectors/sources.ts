import type { Dataset } from '../model';
import { perDataset } from './memo';

/** How many figures each source backs: values, zone counts, zones and their statements, province counts and rankings. */
export const figuresBacked = perDataset((dataset: Dataset): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const table of [
    dataset.observations,
    dataset.zoneCounts,
    dataset.zones,
    dataset.zoneStatements,
    dataset.provinceCounts,
    dataset.rankings,
  ])
    for (const row of table) counts.set(row.source, (counts.get(row.source) ?? 0) + 1);
  return counts;
});
