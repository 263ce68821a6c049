import { describe, expect, it } from 'vitest';
import { niceScale, niceStep, stepDecimals, yearTicks } from '../../../src/ui/chart/ticks';

/** A step is nice when it is 1, 2, 2.5 or 5 times a power of ten. */
const isNice = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((n) => Math.abs(mantissa - n) < 1e-9);
};

describe('niceStep', () => {
  it('picks 1, 2, 2.5 or 5 times a power of ten that covers the span', () => {
    expect(niceStep(28, 4)).toBe(10);
    expect(niceStep(18, 4)).toBe(5);
    expect(niceStep(12, 5)).toBe(2.5);
    expect(niceStep(0.9, 5)).toBe(0.2);
    expect(niceStep(232, 5)).toBe(50);
  });
});

describe('niceScale', () => {
  it('replaces the measured 0/7/14/21/28 % and 0/4.5/9/13.5/18 trillion ticks', () => {
    expect(niceScale(5, 24, { intervals: 5 }).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceScale(300, 16900).ticks).toEqual([0, 5000, 10000, 15000, 20000]);
  });

  it('starts amounts at zero and ends on a tick at or above the highest value', () => {
    for (const [min, max] of [
      [3, 97],
      [0.4, 1.45],
      [8, 43],
      [1300, 1450],
      [14, 233],
    ] as const) {
      const { domain, ticks, step } = niceScale(min, max);
      expect(domain[0]).toBe(0);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(domain[0]);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(isNice(step)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('off zero, keeps a step below the lowest value so no point sits on the axis', () => {
    const { domain } = niceScale(100, 160, { zero: false });
    expect(domain[0]).toBeLessThan(100);
    expect(niceScale(95, 160, { zero: false }).domain[0]).toBeLessThan(95);
  });

  it('keeps a step above a highest value that falls on a tick, so its mark is not cut at the top', () => {
    // The default deck's trade share reached 25 %: drawn on a 0–25 axis its marks were cut in half.
    expect(niceScale(16, 25).domain).toEqual([0, 30]);
    expect(niceScale(0, 20).domain[1]).toBeGreaterThan(20);
    expect(niceScale(-20, 0).domain[1]).toBe(0);
  });

  it('leaves room above the highest bar when asked', () => {
    const { domain } = niceScale(0, 20, { headroom: 0.1 });
    expect((domain[1] - 20) / domain[1]).toBeGreaterThanOrEqual(0.1);
  });

  it('draws a usable axis for one value, for zero, and for negative values', () => {
    expect(niceScale(5, 5).domain).toEqual([0, 6]);
    expect(niceScale(0, 0).domain).toEqual([0, 1]);
    const neg = niceScale(-12, 30);
    expect(neg.domain[0]).toBeLessThanOrEqual(-12);
    expect(neg.ticks).toContain(0);
  });

  it('writes ticks without floating-point noise', () => {
    expect(niceScale(0, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
    expect(stepDecimals(50)).toBe(0);
  });
});

describe('yearTicks', () => {
  it('ticks round years, as many as fit', () => {
    expect(yearTicks(2002, 2024, 12)).toEqual([
      2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024,
    ]);
    expect(yearTicks(2002, 2024, 6)).toEqual([2005, 2010, 2015, 2020]);
    expect(yearTicks(1984, 2025, 9)).toEqual([1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });
  it('keeps both ends of a short range', () => {
    expect(yearTicks(2023, 2023, 5)).toEqual([2023]);
    expect(yearTicks(2021, 2022, 1)).toEqual([2021, 2022]);
  });
});
