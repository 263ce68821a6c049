import type { Dataset, ZoneCount } from '../../model';
import { decimalYear } from '../../dates';
import { FIRST_DATA_YEAR, type ZoneCountKind } from '../../schema/enums';
import { perDataset } from '../memo';
import { contradicts, groupStatements, hasConflict, type Statement } from '../statements';
import { yearOf } from './dates';

/** The kinds of row that state a count; batch, exit and establishment rows state events. */
const STATEMENT_KINDS = ['stock', 'cumulative', 'covered'] as const satisfies readonly ZoneCountKind[];
export type CountStatementKind = (typeof STATEMENT_KINDS)[number];

/** A dated national statement of how many zones exist (stock) or were ever approved (cumulative). */
export interface CountStatement extends ZoneCount {
  kind: CountStatementKind;
  value: number;
  fraction: null;
  unit: 'count';
  year: number;
  /** Another statement dated in the same year states a different figure. */
  conflict: boolean;
}

/** Why two figures of one year differ, as far as the data can tell: kinds of count, or dates. */
export type ConflictReason = 'kind' | 'date' | 'source';

export interface CountYear {
  year: number;
  statements: Statement<CountStatement>[];
  conflict: boolean;
  reasons: ConflictReason[];
}

/** The kinds of count the step chart draws: zones existing and zones ever approved. */
const STEP_CHART_KINDS: readonly CountStatementKind[] = ['stock', 'cumulative'];

function asStatement(z: ZoneCount): Omit<CountStatement, 'conflict'> | null {
  const year = yearOf(z.date);
  const kind = STATEMENT_KINDS.find((k) => k === z.kind);
  if (year === null || z.count === null || kind === undefined) return null;
  return { ...z, kind, value: z.count, fraction: null, unit: 'count', year };
}

/** Every dated national count of kind stock, cumulative or covered, in date order. Undated ones are never placed on a time axis. */
export const nationalCountStatements = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts'>): CountStatement[] => {
    const rows = dataset.zoneCounts
      .filter((z) => z.scope === 'national')
      .flatMap((z) => asStatement(z) ?? [])
      .sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
    const byYear = new Map<number, typeof rows>();
    for (const r of rows)
      if (STEP_CHART_KINDS.includes(r.kind)) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
    return rows.map((r) => ({
      ...r,
      conflict:
        STEP_CHART_KINDS.includes(r.kind) && (byYear.get(r.year) ?? []).some((o) => contradicts(o, r)),
    }));
  },
);

/** The statements the step chart draws: zones existing or ever approved, not zones a statistic covered. */
export const chartCountStatements = perDataset((dataset: Pick<Dataset, 'zoneCounts'>) =>
  nationalCountStatements(dataset).filter((s) => STEP_CHART_KINDS.includes(s.kind)),
);

function reasonsFor(items: readonly CountStatement[]): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (new Set(items.map((i) => i.kind)).size > 1) reasons.push('kind');
  if (new Set(items.map((i) => i.date)).size > 1) reasons.push('date');
  if (reasons.length === 0) reasons.push('source');
  return reasons;
}

/** The statements of each calendar year that has any, grouped by figure, with why they may differ. */
export const countYears = perDataset((dataset: Pick<Dataset, 'zoneCounts'>): CountYear[] => {
  const byYear = new Map<number, CountStatement[]>();
  for (const s of chartCountStatements(dataset)) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, items]) => {
      const statements = groupStatements(items);
      const conflict = hasConflict(statements);
      return { year, statements, conflict, reasons: conflict ? reasonsFor(items) : [] };
    });
});

/**
 * What the data says at a playhead year: the statements of that year, or else of the latest earlier
 * year that has any (then `year` differs from the asked year, and the view says so). Null before the first.
 */
export function countAt(dataset: Pick<Dataset, 'zoneCounts'>, year: number): CountYear | null {
  const years = countYears(dataset);
  let found: CountYear | null = null;
  for (const y of years) if (y.year <= year) found = y;
  return found;
}

/** The year range the timeline plays: the first batch to the latest dated statement. */
export const timelineRange = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts'>): { first: number; last: number } => {
    const years = dataset.zoneCounts.flatMap((z) => yearOf(z.date) ?? []);
    return { first: Math.min(FIRST_DATA_YEAR, ...years), last: Math.max(FIRST_DATA_YEAR, ...years) };
  },
);

export interface ChartPoint {
  x: number;
  y: number;
}

/** What the step chart draws up to a year: the line and each kind of mark, every statement placed once. */
export interface CountSeries {
  /** The step: exactly dated, exact counts of zones existing, each held until the next. */
  line: ChartPoint[];
  agreed: ChartPoint[];
  disputed: ChartPoint[];
  /** Exact counts with an approximate date ("c. 2003"): marks off the step, never a corner of it. */
  approx: ChartPoint[];
  /** "More than 200": marks off the step. */
  bounds: ChartPoint[];
  /** Zones ever approved: another kind of count, marks off the step. */
  cumulative: ChartPoint[];
}

/** Splits the chart statements up to a year into the step and the marks off it. */
export function countSeries(statements: readonly CountStatement[], year: number): CountSeries {
  const shown = statements.filter((s) => s.year <= year);
  const points = (list: readonly CountStatement[]): ChartPoint[] =>
    list.flatMap((s) => {
      const x = decimalYear(s.date);
      return x === null ? [] : [{ x, y: s.value }];
    });
  const stock = shown.filter((s) => s.kind === 'stock');
  const exact = stock.filter((s) => s.qualifier === '' && !s.date_approx);
  return {
    line: points(exact),
    agreed: points(exact.filter((s) => !s.conflict)),
    disputed: points(exact.filter((s) => s.conflict)),
    approx: points(stock.filter((s) => s.qualifier === '' && s.date_approx)),
    bounds: points(stock.filter((s) => s.qualifier !== '')),
    cumulative: points(shown.filter((s) => s.kind === 'cumulative')),
  };
}
