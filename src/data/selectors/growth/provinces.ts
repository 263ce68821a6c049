import type { Dataset, ProvinceCount } from '../../model';
import { perDataset } from '../memo';
import { yearOf } from './dates';
import { listedIn, undatedIn, zoneEntries } from './zones';

export type ProvinceMeasure = 'stated' | 'listed';
export const PROVINCE_MEASURES: readonly ProvinceMeasure[] = ['stated', 'listed'];

/** One province at a playhead year, with both measures kept apart. */
export interface ProvinceTile {
  id: string;
  region: string;
  row: number;
  col: number;
  /** The latest count a source states for the province up to that year; null = no data (not zero). */
  stated: ProvinceCount | null;
  /** Zones the dataset lists there by that year: a floor of what exists, never the province's total. */
  listed: number;
  /** Listed zones with no date at all, shown apart. */
  undated: number;
}

const statedByProvince = perDataset((dataset: Pick<Dataset, 'provinceCounts'>) => {
  const map = new Map<string, ProvinceCount[]>();
  const sorted = [...dataset.provinceCounts].sort(
    (a, b) => a.as_of.localeCompare(b.as_of) || a.line - b.line,
  );
  for (const c of sorted) map.set(c.province, [...(map.get(c.province) ?? []), c]);
  return map;
});

export function provinceTiles(
  dataset: Pick<Dataset, 'provinces' | 'provinceCounts' | 'zones' | 'batches'>,
  year: number,
): ProvinceTile[] {
  const stated = statedByProvince(dataset);
  const zones = zoneEntries(dataset);
  return [...dataset.provinces.values()].map((p) => {
    const counts = (stated.get(p.id) ?? []).filter((c) => (yearOf(c.as_of) ?? Infinity) <= year);
    const own = zones.filter((z) => z.province === p.id);
    return {
      id: p.id,
      region: p.region,
      row: p.row,
      col: p.col,
      stated: counts.at(-1) ?? null,
      listed: own.filter((z) => listedIn(z, year)).length,
      undated: own.filter((z) => undatedIn(z, year)).length,
    };
  });
}

/** Every stated province count, for the province's history beside its tile. */
export function statedCounts(dataset: Pick<Dataset, 'provinceCounts'>, province: string): ProvinceCount[] {
  return statedByProvince(dataset).get(province) ?? [];
}
