import type { Dataset, ProvinceCount, Ranking, Zone, ZoneCount } from '../../model';
import { zoneEntries, type ZoneEntry } from '../growth/zones';
import { ranksOf } from '../rankings/lists';
import { zoneFactGroups, zoneFacts, type ZoneFact, type ZoneFactGroup } from './statements';

/** One list's ranks of a zone over the assessments: null where the zone holds no rank that year (a gap). */
export interface RankSeries {
  ranking: string;
  points: Array<{ year: number; rank: number | null }>;
}

/** Everything the dataset says about one zone, each part with its sources. */
export interface ZoneProfile {
  zone: Zone;
  entry: ZoneEntry;
  /** Every statement about the zone: its row's own first, then the others. */
  facts: ZoneFact[];
  /** Two or more dated approvals, or exits, judged by the one rule. */
  groups: ZoneFactGroup[];
  ranks: Ranking[];
  /** The assessment years that published ranks, oldest first: the rank chart's axis. */
  rankYears: number[];
  rankSeries: RankSeries[];
  /** Statements of zone counts that name the zone (a batch, an exit). */
  counts: ZoneCount[];
  /** How many zones sources say its province has, over time. */
  provinceCounts: ProvinceCount[];
  /** Every source the profile cites, in order of first use. */
  sources: string[];
}

type Data = Pick<
  Dataset,
  | 'zones'
  | 'zoneStatements'
  | 'batches'
  | 'provinces'
  | 'rankings'
  | 'assessments'
  | 'zoneCounts'
  | 'provinceCounts'
>;

export function zoneProfile(dataset: Data, id: string): ZoneProfile | null {
  const zone = dataset.zones.find((z) => z.id === id);
  const entry = zoneEntries(dataset).find((z) => z.id === id);
  if (!zone || !entry) return null;
  const facts = zoneFacts(dataset).get(id) ?? [];
  const ranks = ranksOf(dataset, id);
  const rankYears = [...new Set(dataset.rankings.map((r) => r.assessment_year))].sort((a, b) => a - b);
  const lists = [...new Set(ranks.map((r) => r.ranking))];
  const rankSeries = lists.map((ranking) => ({
    ranking,
    points: rankYears.map((year) => ({
      year,
      rank: ranks.find((r) => r.ranking === ranking && r.assessment_year === year)?.rank ?? null,
    })),
  }));
  const counts = dataset.zoneCounts.filter((c) => c.zones.includes(id));
  const provinceCounts = dataset.provinceCounts
    .filter((p) => p.province === zone.province)
    .sort((a, b) => a.as_of.localeCompare(b.as_of));
  const batch = zone.batch ? dataset.batches.get(zone.batch) : undefined;
  const sources = [
    ...new Set([
      ...facts.map((f) => f.source),
      ...(batch ? [batch.source] : []),
      ...ranks.map((r) => r.source),
      ...counts.map((c) => c.source),
      ...provinceCounts.map((p) => p.source),
    ]),
  ];
  return {
    zone,
    entry,
    facts,
    groups: zoneFactGroups(dataset).filter((g) => g.zone === id),
    ranks,
    rankYears,
    rankSeries,
    counts,
    provinceCounts,
    sources,
  };
}
