import type { ConflictExplanation, Dataset } from '../model';
import type { ConflictScope } from '../schema/tables';
import { countGroups, type CountGroup } from './growth/counts';
import { perDataset } from './memo';
import { rankingGroups, type RankingGroup } from './rankings/lists';
import { sharedValueGroups, type ValueGroup } from './valueGroups';
import { zoneFactGroups, type ZoneFactGroup } from './zones/statements';

/**
 * Every disagreement any view flags, each once, judged by the one rule (./disagreement): the Sources
 * list, its count and the data check's demand that each has an explanation all read this.
 */
export type Flagged =
  | { scope: 'values'; key: string; year: number; group: ValueGroup }
  | { scope: 'zone-counts'; key: string; year: number; group: CountGroup }
  | { scope: 'zones'; key: string; year: number | null; group: ZoneFactGroup }
  | { scope: 'rankings'; key: string; year: number; group: RankingGroup };

type Data = Pick<
  Dataset,
  'indicators' | 'observations' | 'index' | 'zoneCounts' | 'batches' | 'zones' | 'zoneStatements' | 'rankings'
>;

/** The id of a disagreement across scopes, as conflicts.csv rows are looked up. */
export const conflictId = (scope: ConflictScope, key: string) => `${scope}|${key}`;

const yearOfFacts = (g: ZoneFactGroup) => {
  const years = g.facts.map((f) => Number(f.date.slice(0, 4))).filter((y) => y > 0);
  return years.length ? Math.min(...years) : null;
};

/** Every group any view judges, once per dataset: the two lists below split it. */
const all = perDataset((dataset: Data): Flagged[] => {
  return [
    ...sharedValueGroups(dataset).map((group): Flagged => ({
      scope: 'values',
      key: group.key,
      year: group.year,
      group,
    })),
    ...countGroups(dataset).map((group): Flagged => ({
      scope: 'zone-counts',
      key: group.key,
      year: group.year,
      group,
    })),
    ...zoneFactGroups(dataset).map((group): Flagged => ({
      scope: 'zones',
      key: group.key,
      year: yearOfFacts(group),
      group,
    })),
    ...rankingGroups(dataset).map((group): Flagged => ({
      scope: 'rankings',
      key: group.key,
      year: group.rows[0]?.assessment_year ?? 0,
      group,
    })),
  ];
});

// What localeCompare without arguments does, with one collator instead of one per comparison.
const { compare } = new Intl.Collator();
const newestFirst = (a: Flagged, b: Flagged) =>
  (b.year ?? 0) - (a.year ?? 0) || compare(a.scope, b.scope) || compare(a.key, b.key);

/** Every disagreement in conflict, newest first. */
export const flaggedConflicts = perDataset((dataset: Data): Flagged[] =>
  all(dataset)
    .filter((f) => f.group.assessment.conflict)
    .sort(newestFirst),
);

/**
 * How many disagreements `flaggedConflicts` lists: the build's count where the dataset ships one (the
 * browser's, read before any figure has arrived), else counted from the figures.
 */
export const disagreementCount = (dataset: Data & Pick<Dataset, 'coverage'>): number =>
  dataset.coverage?.disagreements ?? flaggedConflicts(dataset).length;

/**
 * Figures that differ but agree (after rounding, within a bound, approximately): shown with a quiet
 * mark, never counted as conflicts.
 */
export const consistentDifferences = perDataset((dataset: Data): Flagged[] =>
  all(dataset)
    .filter((f) => !f.group.assessment.conflict && f.group.assessment.marks.length > 0)
    .sort(newestFirst),
);

/** Why a flagged disagreement's sources differ, from conflicts.csv; null when the row is missing. */
export function explanationOf(
  dataset: Pick<Dataset, 'explanations'>,
  scope: ConflictScope,
  key: string,
): ConflictExplanation | null {
  return dataset.explanations.get(conflictId(scope, key)) ?? null;
}
