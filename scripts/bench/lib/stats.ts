/** Summary statistics for benchmark samples. Plain numbers in, plain numbers out: unit-tested. */

/**
 * The q-quantile (0 ≤ q ≤ 1) with linear interpolation between the closest ranks (numpy's and
 * Excel's PERCENTILE.INC): with 20 samples p95 lies between the 19th and 20th, so one outlier
 * moves it only part of the way.
 */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  if (q < 0 || q > 1) throw new RangeError(`quantile ${q} is outside 0…1`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** How many times slower `value` is than `reference`; NaN when either is missing. */
export function ratio(value: number, reference: number): number {
  return Number.isFinite(value) && Number.isFinite(reference) && reference > 0
    ? value / reference
    : Number.NaN;
}
