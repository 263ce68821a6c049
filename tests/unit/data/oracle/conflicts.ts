import type { Dataset } from '../../../../src/data/model';
import type { ConflictScope } from '../../../../src/data/schema/tables';
import { countGroups, type CountGroup } from '../../../../src/data/selectors/growth/counts';
import { perDataset } from '../../../../src/data/selectors/memo';
import { rankingGroups, type RankingGroup } from '../../../../src/data/selectors/rankings/lists';
import { sharedValueGroups, type ValueGroup } from './valueGroups';
import { zoneFactGroups, type ZoneFactGroup } from '../../../../src/data/selectors/zones/statements';

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

function all(dataset: Data): Flagged[] {
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
}

const newestFirst = (a: Flagged, b: Flagged) =>
  (b.year ?? 0) - (a.year ?? 0) || a.scope.localeCompare(b.scope) || a.key.localeCompare(b.key);

/** Every disagreement in conflict, newest first. */
export const flaggedConflicts = perDataset((dataset: Data): Flagged[] =>
  all(dataset)
    .filter((f) => f.group.assessment.conflict)
    .sort(newestFirst),
);

/**
 * Figures that differ but agree (after rounding, within a bound, approximately): shown with a quiet
 * mark, never counted as conflicts.
 */
export const consistentDifferences = perDataset((dataset: Data): Flagged[] =>
  all(dataset)
    .filter((f) => !f.group.assessment.conflict && f.group.assessment.marks.length > 0)
    .sort(newestFirst),
);
