import type { Dataset, ZoneCount } from '../../model';
import type { RegionScheme } from '../../schema/enums';
import { perDataset } from '../memo';
import { yearOf } from './dates';

const REGIONAL = ['east', 'central', 'west', 'northeast', 'central_west'] as const;

/** One source's split of the zones by region at one date, in its own scheme; schemes never add across. */
export interface RegionalSplit {
  key: string;
  date: string;
  year: number;
  scheme: RegionScheme;
  source: string;
  parts: ZoneCount[];
  /** The national total the same source states at the same date, if it does. */
  total: ZoneCount | null;
}

export const regionalSplits = perDataset((dataset: Pick<Dataset, 'zoneCounts'>): RegionalSplit[] => {
  const stock = dataset.zoneCounts.filter((z) => z.kind === 'stock' && z.date !== '');
  const groups = new Map<string, ZoneCount[]>();
  for (const z of stock) {
    if (!(REGIONAL as readonly string[]).includes(z.scope)) continue;
    const key = `${z.date}|${z.source}`;
    groups.set(key, [...(groups.get(key) ?? []), z]);
  }
  return [...groups.entries()]
    .flatMap(([key, parts]) => {
      const first = parts[0];
      const year = first ? yearOf(first.date) : null;
      if (!first || year === null) return [];
      const total = stock.find((z) => z.scope === 'national' && z.date === first.date && z.source === first.source) ?? null;
      const scheme = parts.find((p) => p.scheme !== 'unstated')?.scheme ?? total?.scheme ?? 'unstated';
      return [{ key, date: first.date, year, scheme, source: first.source, parts, total }];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
});

/** The splits of the latest year, up to the playhead, that has any: several when sources use different schemes. */
export function splitsAt(dataset: Pick<Dataset, 'zoneCounts'>, year: number): RegionalSplit[] {
  const upTo = regionalSplits(dataset).filter((s) => s.year <= year);
  const last = upTo.at(-1);
  return last ? upTo.filter((s) => s.year === last.year) : [];
}
