import type { Assessment, Dataset, Ranking } from '../../model';
import { assess, type Assessment as Judgement, type Relation } from '../disagreement';
import { perDataset } from '../memo';

/**
 * The lists an assessment publishes, in the order a reader expects them: the overall rank first. The
 * 2010 lists are the investment-environment evaluation, an older method than the comprehensive
 * assessment, and never labelled as it.
 */
export const RANKING_ORDER = [
  'comprehensive',
  'investment_environment_overall',
  'investment_environment_central',
  'investment_environment_west',
  'investment_environment_newly_upgraded',
  'fdi_top10',
  'trade_top10',
  'tech_innovation_top10',
  'industrial_base_top10',
] as const;

const orderOf = (id: string) => {
  const i = (RANKING_ORDER as readonly string[]).indexOf(id);
  return i < 0 ? RANKING_ORDER.length : i;
};

/** One published list of one assessment, as far as the sources give it. */
export interface RankingList {
  ranking: string;
  rows: Ranking[];
}

/** One assessment with its method and every list the data holds from it. */
export interface AssessmentRanks {
  assessment: Assessment;
  lists: RankingList[];
}

/** Every assessment that has ranks, newest first; each list by rank. */
export const assessmentRanks = perDataset(
  (dataset: Pick<Dataset, 'assessments' | 'rankings'>): AssessmentRanks[] =>
    [...dataset.assessments.values()]
      .sort((a, b) => b.year - a.year)
      .map((assessment) => {
        const rows = dataset.rankings.filter((r) => r.assessment_year === assessment.year);
        const ids = [...new Set(rows.map((r) => r.ranking))].sort((a, b) => orderOf(a) - orderOf(b));
        return {
          assessment,
          lists: ids.map((ranking) => ({
            ranking,
            rows: rows.filter((r) => r.ranking === ranking).sort((a, b) => a.rank - b.rank),
          })),
        };
      })
      .filter((a) => a.lists.length > 0),
);

/** The years of assessments with ranks, newest first. */
export const rankedYears = perDataset((dataset: Pick<Dataset, 'assessments' | 'rankings'>) =>
  assessmentRanks(dataset).map((a) => a.assessment.year),
);

/** Every rank a zone holds, oldest assessment first, lists in reading order. */
export function ranksOf(dataset: Pick<Dataset, 'rankings'>, zone: string): Ranking[] {
  return dataset.rankings
    .filter((r) => r.zone === zone)
    .sort((a, b) => a.assessment_year - b.assessment_year || orderOf(a.ranking) - orderOf(b.ranking));
}

/**
 * Ranks that sources disagree on, by the one rule applied to places: the same place of one list given
 * to two zones, or one zone given two places in one list.
 */
export interface RankingGroup {
  /** `year|ranking|place N` or `year|ranking|zone`, as conflicts.csv names it. */
  key: string;
  rows: Ranking[];
  assessment: Judgement;
}

const relateRanks = (a: Ranking, b: Ranking): Relation =>
  a.zone === b.zone && a.rank === b.rank ? 'same' : 'conflict';

export const rankingGroups = perDataset((dataset: Pick<Dataset, 'rankings'>): RankingGroup[] => {
  const groups = new Map<string, Ranking[]>();
  const add = (key: string, r: Ranking) => groups.set(key, [...(groups.get(key) ?? []), r]);
  for (const r of dataset.rankings) {
    add(`${r.assessment_year}|${r.ranking}|place ${r.rank}`, r);
    if (r.zone) add(`${r.assessment_year}|${r.ranking}|${r.zone}`, r);
  }
  return [...groups]
    .filter(([, rows]) => rows.length > 1)
    .map(([key, rows]) => ({ key, rows, assessment: assess(rows, relateRanks) }));
});
