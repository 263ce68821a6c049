import { describe, expect, it } from 'vitest';
import { rankTicks } from '../../../src/features/zones/rankTicks';

describe('rankTicks', () => {
  it('labels every rank up to ten, rank 1 first', () => {
    expect(rankTicks(1)).toEqual([1]);
    expect(rankTicks(3)).toEqual([1, 2, 3]);
    expect(rankTicks(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('uses round steps beyond ten and reaches the worst rank', () => {
    expect(rankTicks(23)).toEqual([1, 5, 10, 15, 20, 25]);
    expect(rankTicks(48)).toEqual([1, 10, 20, 30, 40, 50]);
    expect(rankTicks(217)).toEqual([1, 50, 100, 150, 200, 250]);
    for (const worst of [11, 37, 99, 150, 999]) {
      const ticks = rankTicks(worst);
      expect(ticks[0]).toBe(1);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(worst);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });
});
