/**
 * Axis scales a reader can count in: steps of 1, 2, 2.5 or 5 times a power of ten, and a domain
 * that ends on a tick. Pure, so the rules are unit-tested without a browser.
 */
const NICE = [1, 2, 2.5, 5, 10] as const;

/** Floating-point noise off a computed tick (0.1 + 0.2), so labels and equality read as written. */
const clean = (v: number) => Number(v.toPrecision(12));

/** The smallest nice step that covers `span` in at most `intervals` steps. */
export function niceStep(span: number, intervals: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, intervals);
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = NICE.find((n) => n * power >= raw * (1 - 1e-9)) ?? 10;
  return clean(nice * power);
}

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
  step: number;
}

export interface ScaleOptions {
  /** The most intervals between ticks (ticks = intervals + 1 at most). */
  intervals?: number;
  /** Amounts and counts start at zero, so a bar's length is its value; indexes need not. */
  zero?: boolean;
  /** A share of the domain kept free above the highest value (room for labels on bars). */
  headroom?: number;
}

/**
 * A scale for values between `min` and `max`. A domain that does not start at zero keeps a step below
 * the lowest value, so no point sits on the x axis, and every domain a step above the highest value, so
 * no mark is cut at the top; `headroom` keeps room above the highest.
 */
export function niceScale(min: number, max: number, options: ScaleOptions = {}): NiceScale {
  const { intervals = 5, zero = true, headroom = 0 } = options;
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1], step: 1 };
  if (zero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  // A single value gets padding of its own; the rule below is for the highest of several values.
  const single = lo === hi;
  if (single) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
    if (!zero || lo < 0) lo -= pad;
    if (!zero || hi > 0 || hi === 0) hi += pad;
  }
  const fit = (step: number): [number, number] => {
    let start = Math.floor(lo / step) * step;
    let end = Math.ceil(hi / step) * step;
    // Off zero, the lowest value must not sit on the axis line.
    if (!(zero && lo === 0) && clean(start) === clean(lo)) start -= step;
    // Nor may the highest sit on the top line, where its mark is cut in half.
    if (!single && !(zero && hi === 0) && clean(end) === clean(hi)) end += step;
    if (headroom > 0 && (end - hi) / (end - start) < headroom) end += step;
    return [start, end];
  };
  let step = niceStep(hi - lo, intervals);
  let [start, end] = fit(step);
  // Padding can add a step: one more interval is allowed, more means the next nice step.
  while ((end - start) / step > intervals + 1 + 1e-9) {
    step = niceStep(step * 1.0001, 1);
    [start, end] = fit(step);
  }
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(clean(v));
  return { domain: [clean(start), clean(end)], ticks, step };
}

/** Decimal places of a step, so every tick of an axis shows the same precision (2.5 → 1). */
export function stepDecimals(step: number): number {
  const text = clean(step).toString();
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.split('.')[1]?.length ?? 0;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50] as const;

/**
 * Year ticks for an axis from `from` to `to` with room for at most `maxTicks` labels: multiples of 1,
 * 2, 5, 10… years, so 2006, 2008, 2010 rather than 2006, 2009, 2012.
 */
export function yearTicks(from: number, to: number, maxTicks: number): number[] {
  if (to < from) return [];
  if (from === to) return [from];
  const room = Math.max(2, Math.floor(maxTicks));
  const step = YEAR_STEPS.find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= room) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks.length >= 2 ? ticks : [from, to];
}
