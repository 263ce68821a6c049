import type { Batch, Dataset, ZoneCount } from '../../model';
import { decimalYear } from '../../dates';
import { FIRST_DATA_YEAR, type ZoneCountKind } from '../../schema/enums';
import { assess, relate, type Agreement, type Assessment, type Relation } from '../disagreement';
import { perDataset } from '../memo';
import { groupStatements, type Statement } from '../statements';
import { comparePartial, within, yearOf } from './dates';

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
  /** Quiet marks of statements that differ but agree (a bound, an approximate date). */
  marks: Agreement[];
  /** Disagreement keys (conflicts.csv) of the year's groups in conflict. */
  conflictKeys: string[];
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

/** Counts judged by the one rule; a statement dated only approximately never conflicts with a dated one. */
export function relateCounts(a: Omit<CountStatement, 'conflict'>, b: Omit<CountStatement, 'conflict'>) {
  return relate({ ...a, approxDate: a.date_approx }, { ...b, approxDate: b.date_approx });
}

/**
 * The national counts sources can disagree on, each group judged by the one rule:
 * - zones existing (`stock|2024`) or ever approved (`cumulative|2021`), per calendar year of the date
 *   the count describes; the two kinds are never held against each other;
 * - one approval batch (`batch|first`): the statements of its size and dates, each assigned to the
 *   narrowest batch of batches.csv it falls in. Two of them are compared only when their periods
 *   overlap (the 2 zones of December 2009 and the 9 of December 2010 are different approvals); they
 *   conflict when the sizes do, or when the same size is dated over two different periods
 *   (14 zones in 1984–1988 and in 1984–1986).
 */
export interface CountGroup {
  key: string;
  kind: 'stock' | 'cumulative' | 'batch';
  /** Year of the counts, or the first year of the batch. */
  year: number;
  batch: string | null;
  items: ZoneCount[];
  assessment: Assessment;
}

function narrowestBatch(batches: readonly Batch[], row: ZoneCount): Batch | null {
  const fits = batches.filter(
    (b) =>
      b.date_from &&
      b.date_to &&
      within(row.date_from || row.date, b.date_from, b.date_to) &&
      within(row.date, b.date_from, b.date_to),
  );
  const span = (b: Batch) => (decimalYear(b.date_to) ?? 0) - (decimalYear(b.date_from) ?? 0);
  return fits.sort((a, b) => span(a) - span(b))[0] ?? null;
}

/** Whether two statements of a batch can describe the same approvals: their periods overlap. */
function overlap(a: ZoneCount, b: ZoneCount): boolean {
  return (
    comparePartial(a.date_from || a.date, b.date) <= 0 && comparePartial(b.date_from || b.date, a.date) <= 0
  );
}

export function relateBatch(a: ZoneCount, b: ZoneCount): Relation {
  if (!overlap(a, b)) return 'same';
  const sizes = relate(
    { value: a.count ?? 0, fraction: null, qualifier: a.qualifier, unit: 'count', approxDate: a.date_approx },
    { value: b.count ?? 0, fraction: null, qualifier: b.qualifier, unit: 'count', approxDate: b.date_approx },
  );
  if (sizes !== 'same') return sizes;
  // The same size over two stated periods that end apart: the sources date the batch differently.
  if (a.date_from && b.date_from && comparePartial(a.date, b.date) !== 0) return 'conflict';
  return 'same';
}

export const countGroups = perDataset((dataset: Pick<Dataset, 'zoneCounts' | 'batches'>): CountGroup[] => {
  const groups = new Map<string, Omit<CountGroup, 'assessment'>>();
  const add = (key: string, base: Omit<CountGroup, 'assessment' | 'items'>, row: ZoneCount) => {
    const group = groups.get(key) ?? { ...base, items: [] };
    group.items.push(row);
    groups.set(key, group);
  };
  const batches = [...dataset.batches.values()];
  for (const row of dataset.zoneCounts) {
    if (row.scope !== 'national' || row.count === null) continue;
    const year = yearOf(row.date);
    if (year === null) continue;
    if (row.kind === 'stock' || row.kind === 'cumulative')
      add(`${row.kind}|${year}`, { key: `${row.kind}|${year}`, kind: row.kind, year, batch: null }, row);
    else if (row.kind === 'batch') {
      const batch = narrowestBatch(batches, row);
      if (batch)
        add(
          `batch|${batch.id}`,
          { key: `batch|${batch.id}`, kind: 'batch', year: yearOf(batch.date_from) ?? year, batch: batch.id },
          row,
        );
    }
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      assessment:
        g.kind === 'batch'
          ? assess(g.items, relateBatch)
          : assess(
              g.items.flatMap((r) => asStatement(r) ?? []),
              relateCounts,
            ),
    }))
    .sort((a, b) => a.year - b.year || a.key.localeCompare(b.key));
});

/** Every dated national count of kind stock, cumulative or covered, in date order. Undated ones are never placed on a time axis. */
export const nationalCountStatements = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts'>): CountStatement[] => {
    const rows = dataset.zoneCounts
      .filter((z) => z.scope === 'national')
      .flatMap((z) => asStatement(z) ?? [])
      .sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
    const byGroup = new Map<string, typeof rows>();
    const groupKey = (r: (typeof rows)[number]) => `${r.kind}|${r.year}`;
    for (const r of rows)
      if (STEP_CHART_KINDS.includes(r.kind))
        byGroup.set(groupKey(r), [...(byGroup.get(groupKey(r)) ?? []), r]);
    return rows.map((r) => ({
      ...r,
      conflict:
        STEP_CHART_KINDS.includes(r.kind) &&
        (byGroup.get(groupKey(r)) ?? []).some((o) => relateCounts(o, r) === 'conflict'),
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

/**
 * The statements of each calendar year that has any, grouped by figure; in conflict when the zones
 * existing (or ever approved) that year disagree by the one rule, with why they may differ.
 */
export const countYears = perDataset((dataset: Pick<Dataset, 'zoneCounts' | 'batches'>): CountYear[] => {
  const byYear = new Map<number, CountStatement[]>();
  for (const s of chartCountStatements(dataset)) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s]);
  const groups = countGroups(dataset).filter((g) => g.kind !== 'batch');
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, items]) => {
      const own = groups.filter((g) => g.year === year);
      const conflictKeys = own.filter((g) => g.assessment.conflict).map((g) => g.key);
      const conflict = conflictKeys.length > 0;
      return {
        year,
        statements: groupStatements(items),
        conflict,
        marks: [...new Set(own.flatMap((g) => g.assessment.marks))],
        conflictKeys,
        reasons: conflict
          ? reasonsFor(items.filter((i) => conflictKeys.includes(`${i.kind}|${i.year}`)))
          : [],
      };
    });
});

/**
 * What the data says at a playhead year: the statements of that year, or else of the latest earlier
 * year that has any (then `year` differs from the asked year, and the view says so). Null before the first.
 */
export function countAt(dataset: Pick<Dataset, 'zoneCounts' | 'batches'>, year: number): CountYear | null {
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
  /** The statement's data year: the chart shows a point once the playhead reaches it. */
  year: number;
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
      return x === null ? [] : [{ x, y: s.value, year: s.year }];
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

/** One way sources state a batch: its size over a period, with every statement that says so. */
export interface BatchVersion {
  count: number | null;
  qualifier: ZoneCount['qualifier'];
  dateFrom: string;
  date: string;
  dateApprox: boolean;
  items: ZoneCount[];
}

/** A batch's statements by distinct size and period, order kept: the versions to show side by side. */
export function batchVersions(items: readonly ZoneCount[]): BatchVersion[] {
  const versions: BatchVersion[] = [];
  for (const z of items) {
    const same = versions.find(
      (v) =>
        v.count === z.count && v.qualifier === z.qualifier && v.dateFrom === z.date_from && v.date === z.date,
    );
    if (same) same.items.push(z);
    else
      versions.push({
        count: z.count,
        qualifier: z.qualifier,
        dateFrom: z.date_from,
        date: z.date,
        dateApprox: z.date_approx,
        items: [z],
      });
  }
  return versions;
}

/** The statements of one batch of batches.csv, judged by the one rule; null when none states it. */
export function batchGroup(
  dataset: Pick<Dataset, 'zoneCounts' | 'batches'>,
  batch: string,
): CountGroup | null {
  return countGroups(dataset).find((g) => g.key === `batch|${batch}`) ?? null;
}
