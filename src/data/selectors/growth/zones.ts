import type { Dataset, Zone } from '../../model';
import { perDataset } from '../memo';
import { yearOf } from './dates';

/** One zone the dataset lists, with the earliest year it is known to have been national. */
export interface ZoneEntry {
  id: string;
  province: string;
  region: string | null;
  approvalDate: string;
  /** The approval date is that of a report ("recently approved"): shown as "c.". */
  approvalApprox: boolean;
  batch: string;
  status: Zone['status'];
  exitDate: string;
  source: string;
  /**
   * The approval year where the row states one; otherwise the last year of its batch, the year by
   * which it was certainly approved (`knownByBatch`); null when neither is known.
   */
  knownBy: number | null;
  knownByBatch: boolean;
  exitYear: number | null;
}

export const zoneEntries = perDataset(
  (dataset: Pick<Dataset, 'zones' | 'batches' | 'provinces'>): ZoneEntry[] =>
    dataset.zones.map((z) => {
      const approval = yearOf(z.approval_date);
      const batchEnd = z.batch ? yearOf(dataset.batches.get(z.batch)?.date_to ?? '') : null;
      return {
        id: z.id,
        province: z.province,
        region: dataset.provinces.get(z.province)?.region ?? null,
        approvalDate: z.approval_date,
        approvalApprox: z.approval_date_approx,
        batch: z.batch,
        status: z.status,
        exitDate: z.exit_date,
        source: z.source,
        knownBy: approval ?? batchEnd,
        knownByBatch: approval === null && batchEnd !== null,
        exitYear: yearOf(z.exit_date),
      };
    }),
);

/** Zones whose stated approval date falls in the year (a batch's end year is not an approval date). */
export function zonesApprovedIn(entries: readonly ZoneEntry[], year: number): ZoneEntry[] {
  return entries.filter((z) => !z.knownByBatch && z.knownBy === year);
}

/** Whether the dataset places the zone among national zones in that year. */
export function listedIn(z: ZoneEntry, year: number): boolean {
  return z.knownBy !== null && z.knownBy <= year && (z.exitYear === null || z.exitYear > year);
}

/** Zones without any date: they cannot be placed in time and are counted apart, never guessed. */
export function undatedIn(z: ZoneEntry, year: number): boolean {
  return z.knownBy === null && (z.exitYear === null || z.exitYear > year);
}

/** Filters by a search text in the current language's names (given by the caller) and ids. */
export function searchZones(
  entries: readonly ZoneEntry[],
  query: string,
  nameOf: (z: ZoneEntry) => string,
): ZoneEntry[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...entries];
  return entries.filter((z) => nameOf(z).toLocaleLowerCase().includes(q) || z.id.includes(q));
}

/** Zones with a stated approval date after the year: what the dataset can say about "added since". */
export function approvedAfter(entries: readonly ZoneEntry[], year: number): ZoneEntry[] {
  return entries.filter((z) => !z.knownByBatch && z.knownBy !== null && z.knownBy > year);
}

/** How many of the given zones lie in each region of the four-region scheme, regions without any left out. */
export function countByRegion(entries: readonly ZoneEntry[]): Array<{ region: string; count: number }> {
  const counts = new Map<string, number>();
  for (const z of entries) if (z.region) counts.set(z.region, (counts.get(z.region) ?? 0) + 1);
  return ['east', 'central', 'west', 'northeast'].flatMap((region) => {
    const count = counts.get(region);
    return count ? [{ region, count }] : [];
  });
}
