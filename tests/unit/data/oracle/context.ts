import type { Dataset, Observation } from '../../../../src/data/model';
import type { Agreement } from '../../../../src/data/selectors/disagreement';
import { HEADLINE_PAIRS } from './headline';
import type { Statement } from './statements';
import { quantities, valueGroupsOf } from './valueGroups';

/** One economic figure beside the zone count, for exactly the playhead year (a gap stays a gap). */
export interface ContextFigure {
  indicator: string;
  /** The disagreement key (conflicts.csv), for its explanation. */
  key: string;
  statements: Statement<Observation>[];
  conflict: boolean;
  marks: Agreement[];
}

export const CONTEXT_INDICATORS: readonly string[] = HEADLINE_PAIRS.flatMap((p) => [p.level, p.share]);

/** National full-year figures of the headline quantities in a year, judged by the one rule. */
export function contextAt(dataset: Pick<Dataset, 'indicators' | 'index'>, year: number): ContextFigure[] {
  return CONTEXT_INDICATORS.map((indicator) => {
    const quantity = quantities(dataset).get(indicator) ?? indicator;
    const group = valueGroupsOf(dataset, quantity).get([quantity, year, 'FY', 'national'].join('|'));
    const key = [quantity, year, 'FY', 'national'].join('|');
    return {
      indicator,
      key,
      statements: group?.statements ?? [],
      conflict: group?.assessment.conflict ?? false,
      marks: group?.assessment.marks ?? [],
    };
  });
}
