import type { Dataset, ZoneCount } from '../../model';
import type { RegionScheme } from '../../schema/enums';
import { perDataset } from '../memo';
import { yearOf } from './dates';

const REGIONAL = ['east', 'central', 'west', 'northeast', 'central_west'] as const;
type RegionalScope = (typeof REGIONAL)[number];

/** The regions each scheme divides the country into; a part a source leaves out is "not stated", never zero. */
export const SCHEME_REGIONS: Record<RegionScheme, readonly RegionalScope[]> = {
  four: ['east', 'central', 'west', 'northeast'],
  three: ['east', 'central', 'west'],
  coastal: ['east', 'central_west'],
  unstated: [],
};

/** One source's split of the zones by region at one date, in its own scheme; schemes never add across. */
export interface RegionalSplit {
  key: string;
  /** The end of the period the figures describe ("2004-06" for the first half of 2004). */
  date: string;
  /** "c.": the source is dated only approximately. */
  dateApprox: boolean;
  /** When the source stated it, if later than `date` (a release about last year); empty otherwise. */
  stated: string;
  /** The year the figures describe (data year): the year of `date`. */
  year: number;
  scheme: RegionScheme;
  source: string;
  parts: ZoneCount[];
  /** Regions of the scheme this source does not state: shown as "not stated". */
  missing: RegionalScope[];
  /** The national total the same source states at the same date, if it does. */
  total: ZoneCount | null;
}

type Data = Pick<Dataset, 'zoneCounts'>;

export const regionalSplits = perDataset((dataset: Data): RegionalSplit[] => {
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
      const total =
        stock.find((z) => z.scope === 'national' && z.date === first.date && z.source === first.source) ??
        null;
      const scheme = parts.find((p) => p.scheme !== 'unstated')?.scheme ?? total?.scheme ?? 'unstated';
      const missing = SCHEME_REGIONS[scheme].filter((r) => !parts.some((p) => p.scope === r));
      return [
        {
          key,
          date: first.date,
          dateApprox: first.date_approx,
          stated: first.stated,
          year,
          scheme,
          source: first.source,
          parts,
          missing,
          total,
        },
      ];
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.missing.length - b.missing.length ||
        a.date.localeCompare(b.date) ||
        a.source.localeCompare(b.source),
    );
});

/**
 * The splits of the latest data year, up to the playhead, that has any: several when sources use
 * different schemes. Complete splits come first; a partial one keeps its gaps as "not stated". Their
 * `year` may be well before the playhead (no source splits the zones by region between 2006 and 2023):
 * the view says so.
 */
export function splitsAt(dataset: Data, year: number): RegionalSplit[] {
  const upTo = regionalSplits(dataset).filter((s) => s.year <= year);
  const last = upTo.at(-1);
  return last ? upTo.filter((s) => s.year === last.year) : [];
}
