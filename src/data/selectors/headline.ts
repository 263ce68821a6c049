import type { Dataset, Observation, ZoneCount } from '../model';
import { observationsByIndicator, yearSpan } from './observations';
import { perDataset } from './memo';
import { groupStatements, hasConflict, type Statement } from './statements';

/** A headline figure: the statements for its latest full data year, nationally. */
export interface Headline {
  indicator: string;
  year: number;
  statements: Statement<Observation>[];
  conflict: boolean;
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

/** Latest full-year national figures of an indicator, all statements kept. */
export function latestNational(observations: readonly Observation[], indicator: string): Headline | null {
  const candidates = observations.filter(
    (o) => o.indicator === indicator && o.region === 'national' && o.period.kind === 'FY',
  );
  const span = yearSpan(candidates);
  if (!span) return null;
  const year = span.to;
  const statements = groupStatements(candidates.filter((o) => o.year === year));
  return { indicator, year, statements, conflict: hasConflict(statements) };
}

export const headlinePairs = perDataset((dataset: Pick<Dataset, 'observations'>): HeadlinePair[] => {
  const byIndicator = observationsByIndicator(dataset);
  return HEADLINE_PAIRS.map(({ level, share }) => ({
    level: latestNational(byIndicator.get(level) ?? [], level),
    share: latestNational(byIndicator.get(share) ?? [], share),
  }));
});

export interface ZoneCountStatement {
  /** First and last statement dates of the window. */
  from: string;
  date: string;
  statements: Statement<ZoneCount & { value: number; fraction: null; unit: 'count' }>[];
  conflict: boolean;
}

/** Dated national statements of how many zones existed, as a step series (undated ones left out). */
export const nationalZoneCounts = perDataset((dataset: Pick<Dataset, 'zoneCounts'>) =>
  dataset.zoneCounts
    .filter((z) => z.kind === 'stock' && z.scope === 'national' && z.date !== '' && z.count !== null)
    .map((z) => ({ ...z, value: z.count as number, fraction: null, unit: 'count' as const }))
    .sort((a, b) => a.date.localeCompare(b.date)),
);

/**
 * National zone-count statements of the last two calendar years that have any, each distinct count
 * with its sources: one year alone would hide that late-2024 statements disagree.
 */
export const latestZoneCount = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts'>): ZoneCountStatement | null => {
    const all = nationalZoneCounts(dataset);
    const last = all.at(-1);
    if (!last) return null;
    const firstYear = Number(last.date.slice(0, 4)) - 1;
    const recent = all.filter((z) => Number(z.date.slice(0, 4)) >= firstYear);
    const statements = groupStatements(recent).sort((a, b) => b.items.length - a.items.length);
    return {
      from: recent[0]?.date ?? last.date,
      date: last.date,
      statements,
      conflict: hasConflict(statements),
    };
  },
);
