import type { Dataset, Observation, ZoneCount } from '../../../../src/data/model';
import type { Agreement } from '../../../../src/data/selectors/disagreement';
import {
  countGroups,
  nationalCountStatements,
  type CountStatement,
} from '../../../../src/data/selectors/growth/counts';
import { perDataset } from '../../../../src/data/selectors/memo';
import { observationsByIndicator, yearSpan } from '../../../../src/data/selectors/observations';
import { groupStatements, type Statement } from './statements';
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

export interface ZoneCountStatement {
  /** First and last statement dates of the window. */
  from: string;
  date: string;
  statements: Statement<CountStatement>[];
  conflict: boolean;
  marks: Agreement[];
  /** The disagreement keys of the years shown that are in conflict. */
  conflictKeys: string[];
}

/** Dated national statements of how many zones existed, as a step series (undated ones left out). */
export const nationalZoneCounts = perDataset((dataset: Pick<Dataset, 'zoneCounts'>): CountStatement[] =>
  nationalCountStatements(dataset).filter((z: ZoneCount) => z.kind === 'stock'),
);

/**
 * National zone-count statements of the last two calendar years that have any, each distinct count
 * with its sources: one year alone would hide that late-2024 statements disagree.
 */
export const latestZoneCount = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts' | 'batches'>): ZoneCountStatement | null => {
    const all = nationalZoneCounts(dataset);
    const last = all.at(-1);
    if (!last) return null;
    const firstYear = last.year - 1;
    const recent = all.filter((z) => z.year >= firstYear);
    const statements = groupStatements(recent).sort((a, b) => b.items.length - a.items.length);
    const groups = countGroups(dataset).filter((g) => g.kind === 'stock' && g.year >= firstYear);
    return {
      from: recent[0]?.date ?? last.date,
      date: last.date,
      statements,
      conflict: groups.some((g) => g.assessment.conflict),
      marks: [...new Set(groups.flatMap((g) => g.assessment.marks))],
      conflictKeys: groups.filter((g) => g.assessment.conflict).map((g) => g.key),
    };
  },
);
