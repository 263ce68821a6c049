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
  /** The date the rows carry: for a statistics release, when it was published. */
  date: string;
  /** The year the figures describe (data year); earlier than `date` for a release about last year. */
  year: number;
  scheme: RegionScheme;
  source: string;
  parts: ZoneCount[];
  /** Regions of the scheme this source does not state: shown as "not stated". */
  missing: RegionalScope[];
  /** The national total the same source states at the same date, if it does. */
  total: ZoneCount | null;
}

type Data = Pick<Dataset, 'zoneCounts' | 'observations'>;

/**
 * The year a source's figures describe, when its indicator values all describe one year earlier than
 * the statement date (a statistics release published in June about the year before); else the date's year.
 */
function dataYear(dataset: Data, source: string, dated: number): number {
  const years = new Set(dataset.observations.filter((o) => o.source === source).map((o) => o.year));
  const [only] = [...years];
  return years.size === 1 && only !== undefined && only < dated ? only : dated;
}

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
      const dated = first ? yearOf(first.date) : null;
      if (!first || dated === null) return [];
      const total =
        stock.find((z) => z.scope === 'national' && z.date === first.date && z.source === first.source) ??
        null;
      const scheme = parts.find((p) => p.scheme !== 'unstated')?.scheme ?? total?.scheme ?? 'unstated';
      const missing = SCHEME_REGIONS[scheme].filter((r) => !parts.some((p) => p.scope === r));
      return [
        {
          key,
          date: first.date,
          year: dataYear(dataset, first.source, dated),
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
 * different schemes. Complete splits come first; a partial one keeps its gaps as "not stated".
 */
export function splitsAt(dataset: Data, year: number): RegionalSplit[] {
  const upTo = regionalSplits(dataset).filter((s) => s.year <= year);
  const last = upTo.at(-1);
  return last ? upTo.filter((s) => s.year === last.year) : [];
}
