import type { StatedNumber } from '../model';

/**
 * The one rule for "sources disagree", used by every view, the Sources list, exports and the data check.
 *
 * Two statements of the same quantity (same indicator — a percentage and a stated fraction of one
 * share count as one —, year, period and region; or the same count of zones) relate as:
 *
 * - `same`: the same figure, qualifier and form;
 * - `rounded`: exact figures that one true value could round to both. Each exact figure stands for the
 *   interval of values that round to it, [v − u/2, v + u/2], u being one unit of its last written
 *   decimal (a fraction as stated, 1/5, and a count of things, 229 zones, are exact; other whole
 *   numbers are exact to the unit: trailing zeros are never read as rounding, since the data cannot
 *   tell 10,000 billion yuan rounded from 10,000 exact). The figures are
 *   consistent when their intervals meet, ends included, because sources round halves up, down or to
 *   even: 23.35 and 23.34 may both come from 23.345; 16.08 and 16.1 from 16.08; 1/10 and 10 % agree.
 *   Equivalently: they differ by at most half a unit of each figure's last digit added together. So
 *   283.096 and 283.094 (two units apart in the third decimal) and 10,100 and 10,200 disagree;
 * - `bound`: a bound and a figure within it, "over 85,000" and 85,000 included (the exact figure is
 *   itself rounded, so it meets the bound when its interval reaches it), or two bounds that can both
 *   hold;
 * - `approx`: one of them is approximate ("≈", "nearly"), or is dated only approximately: never a
 *   conflict with the figures it approximates;
 * - `conflict`: anything else.
 *
 * A group of statements is in conflict when any two of its statements conflict; otherwise the quieter
 * relations it holds (rounded, bound, approx) are shown as marks and never counted as conflicts.
 */
export type Relation = 'same' | 'rounded' | 'bound' | 'approx' | 'conflict';

/** The relations shown as a quiet mark: consistent, but not the same figure. */
export type Agreement = Extract<Relation, 'rounded' | 'bound' | 'approx'>;
export const AGREEMENTS: readonly Agreement[] = ['rounded', 'bound', 'approx'];

export interface Comparable extends StatedNumber {
  /** The statement is dated only approximately ("c. 2003"): it cannot be held against a dated one. */
  approxDate?: boolean;
}

/** Percentages and stated fractions of one share are compared on one scale. */
function scaled(f: StatedNumber): number {
  return f.unit === 'fraction' ? f.value * 100 : f.value;
}

function decimalsOf(f: StatedNumber): number {
  if (f.decimals !== undefined) return f.decimals;
  return String(f.value).split('.')[1]?.length ?? 0;
}

/**
 * Half of one unit in the figure's last written place, on the percentage scale for fractions. A stated
 * fraction and a count of things (229 zones) are exact: nothing was rounded.
 */
function halfUnit(f: StatedNumber): number {
  if (f.fraction || f.unit === 'count') return 0;
  return 10 ** -decimalsOf(f) / 2;
}

/** Floating point leaves 23.35 − 23.34 a hair above 0.01: compare with room for that and no more. */
function atMost(a: number, b: number): boolean {
  return a <= b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function identical(a: StatedNumber, b: StatedNumber): boolean {
  return (
    a.value === b.value && a.qualifier === b.qualifier && (a.fraction === null) === (b.fraction === null)
  );
}

/** Whether an exact figure can lie within a bound: its interval reaches the bound. */
function within(exact: StatedNumber, bound: StatedNumber): boolean {
  const x = scaled(exact);
  const b = scaled(bound);
  const tolerance = halfUnit(exact);
  return bound.qualifier === '>' ? atMost(b, x + tolerance) : atMost(x - tolerance, b);
}

export function relate(a: Comparable, b: Comparable): Relation {
  if (identical(a, b)) return 'same';
  if (a.qualifier === '≈' || b.qualifier === '≈' || a.approxDate || b.approxDate) return 'approx';
  const exactA = a.qualifier === '';
  const exactB = b.qualifier === '';
  if (exactA && exactB) {
    const gap = Math.abs(scaled(a) - scaled(b));
    return atMost(gap, halfUnit(a) + halfUnit(b)) ? 'rounded' : 'conflict';
  }
  if (exactA || exactB) {
    const [exact, bound] = exactA ? [a, b] : [b, a];
    return within(exact, bound) ? 'bound' : 'conflict';
  }
  if (a.qualifier === b.qualifier) return 'bound';
  const [above, below] = a.qualifier === '>' ? [a, b] : [b, a];
  return scaled(above) < scaled(below) ? 'bound' : 'conflict';
}

/** What a group of statements amounts to: a conflict, and the quiet marks its consistent pairs carry. */
export interface Assessment {
  conflict: boolean;
  marks: Agreement[];
}

export const NO_DISAGREEMENT: Assessment = { conflict: false, marks: [] };

/** Every pair of the figures, once; the marks in a fixed order (rounded, bound, approx). */
export function assess<T>(items: readonly T[], relation: (a: T, b: T) => Relation): Assessment {
  const seen = new Set<Relation>();
  for (let i = 0; i < items.length; i += 1)
    for (let j = i + 1; j < items.length; j += 1) seen.add(relation(items[i] as T, items[j] as T));
  return { conflict: seen.has('conflict'), marks: AGREEMENTS.filter((m) => seen.has(m)) };
}

/** Below this many figures every pair is cheap enough to relate directly. */
const FEW = 12;

/**
 * The rule over stated figures. Every pair is related for a few figures; for many (a region's figure
 * from every zone) the same relations are found without relating every pair, see `assessMany`.
 */
export function assessFigures(figures: readonly Comparable[]): Assessment {
  return figures.length <= FEW ? assess(figures, relate) : assessMany(figures);
}

const isApprox = (f: Comparable) => f.qualifier === '≈' || f.approxDate === true;

/**
 * Exactly `assess(figures, relate)`, in O(n log n) plus the pairs of exact figures close enough to agree:
 * - a pair with an approximate figure is `approx` unless identical, so `approx` is there as soon as one
 *   figure is approximate and not every figure is identical (identical is an equivalence);
 * - two exact figures farther apart than h(a) + H (H the largest half-unit of any exact figure) conflict,
 *   and the farthest figure from each one shows whether any does; nearer pairs are related directly;
 * - pairs with a bound are related directly (bounds are rare).
 */
export function assessMany(figures: readonly Comparable[]): Assessment {
  const seen = new Set<Relation>();
  const approx = figures.filter(isApprox);
  const first = figures[0];
  if (approx.length > 0 && first && figures.some((f) => !identical(f, first))) seen.add('approx');
  const plain = figures.filter((f) => !isApprox(f));
  const exact = plain.filter((f) => f.qualifier === '').sort((a, b) => scaled(a) - scaled(b));
  const bounds = plain.filter((f) => f.qualifier !== '');
  const widest = exact.reduce((most, f) => Math.max(most, halfUnit(f)), 0);
  const low = exact[0];
  const high = exact.at(-1);
  for (let i = 0; i < exact.length; i += 1) {
    const a = exact[i] as Comparable;
    for (const far of [low, high]) if (far && far !== a) seen.add(relate(a, far));
    for (let j = i + 1; j < exact.length; j += 1) {
      const b = exact[j] as Comparable;
      if (!atMost(scaled(b) - scaled(a), halfUnit(a) + widest)) break;
      seen.add(relate(a, b));
    }
  }
  for (let i = 0; i < bounds.length; i += 1) {
    const a = bounds[i] as Comparable;
    for (const b of exact) seen.add(relate(a, b));
    for (let j = i + 1; j < bounds.length; j += 1) seen.add(relate(a, bounds[j] as Comparable));
  }
  return { conflict: seen.has('conflict'), marks: AGREEMENTS.filter((m) => seen.has(m)) };
}

/**
 * Two dates of the same event (a zone's approval, its exit): the same day; agreeing at the precision
 * both state ("1986-08" and "1986-08-29": `rounded`); approximate ("c.", a report's date); else a conflict.
 */
export function relateDates(
  a: { date: string; approx: boolean },
  b: { date: string; approx: boolean },
): Relation {
  if (a.date === b.date && a.approx === b.approx) return 'same';
  if (a.approx || b.approx || !a.date || !b.date) return 'approx';
  const n = Math.min(a.date.length, b.date.length);
  return a.date.slice(0, n) === b.date.slice(0, n) ? 'rounded' : 'conflict';
}
