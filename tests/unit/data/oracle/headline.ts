import type { Dataset, Observation } from '../../../../src/data/model';
import type { Agreement } from '../../../../src/data/selectors/disagreement';
import { perDataset } from '../../../../src/data/selectors/memo';
import { observationsByIndicator, yearSpan } from '../../../../src/data/selectors/observations';
import type { Statement } from './statements';
import { indicatorsOf, quantities, valueGroupsOf } from './valueGroups';

/** A headline figure: the statements for its latest full data year, nationally. */
export interface Headline {
  indicator: string;
  year: number;
  /** The disagreement key (conflicts.csv), for its explanation. */
  key: string;
  statements: Statement<Observation>[];
  conflict: boolean;
  marks: Agreement[];
}

export interface HeadlinePair {
  level: Headline | null;
  share: Headline | null;
}

export const HEADLINE_PAIRS = [
  { level: 'gdp', share: 'gdp_share_national_pct' },
  { level: 'trade_total_cny', share: 'trade_share_national_pct' },
  { level: 'fdi_actual_usd', share: 'fdi_share_national_pct' },
] as const;

type Data = Pick<Dataset, 'indicators' | 'index'>;

/**
 * Latest full-year national figures of an indicator, all statements kept: a share stated as a fraction
 * ("1/10") is one of the statements of the share in per cent, judged by the same rule.
 */
export function latestNational(dataset: Data, indicator: string): Headline | null {
  const quantity = quantities(dataset).get(indicator) ?? indicator;
  const byIndicator = observationsByIndicator(dataset);
  const candidates = indicatorsOf(dataset, quantity).flatMap((id) =>
    (byIndicator.get(id) ?? []).filter((o) => o.region === 'national' && o.period.kind === 'FY'),
  );
  const span = yearSpan(candidates);
  if (!span) return null;
  const year = span.to;
  const key = [quantity, year, 'FY', 'national'].join('|');
  const group = valueGroupsOf(dataset, quantity).get(key);
  if (!group) return null;
  return {
    indicator,
    year,
    key,
    statements: group.statements,
    conflict: group.assessment.conflict,
    marks: group.assessment.marks,
  };
}

export const headlinePairs = perDataset((dataset: Data): HeadlinePair[] =>
  HEADLINE_PAIRS.map(({ level, share }) => ({
    level: latestNational(dataset, level),
    share: latestNational(dataset, share),
  })),
);
