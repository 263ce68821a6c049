import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../src/ui/chart/spreadLabels';

const gaps = (ys: number[]) => {
  const sorted = [...ys].sort((a, b) => a - b);
  return sorted.slice(1).map((y, i) => y - (sorted[i] as number));
};

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they want to be', () => {
    expect(spreadLabels([100, 40, 200], 20, 0, 300)).toEqual([100, 40, 200]);
  });

  it('moves touching labels apart by their height, keeping their order', () => {
    const placed = spreadLabels([100, 95, 105], 20, 0, 300);
    expect(gaps(placed).every((g) => g >= 20 - 1e-9)).toBe(true);
    expect(placed[1]).toBeLessThan(placed[0] as number);
    expect(placed[0]).toBeLessThan(placed[2] as number);
    // Moved about their middle, not all one way.
    expect(Math.min(...placed)).toBeLessThan(95);
  });

  it('keeps labels inside the plot, pushing back up from the bottom', () => {
    const placed = spreadLabels([298, 299, 300], 20, 0, 300);
    expect(Math.max(...placed)).toBeLessThanOrEqual(290);
    expect(gaps(placed).every((g) => g >= 20 - 1e-9)).toBe(true);
  });

  it('keeps labels below the top', () => {
    const placed = spreadLabels([0, 2, 500], 20, 0, 300);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(10);
    expect(gaps(placed).every((g) => g >= 20 - 1e-9)).toBe(true);
  });
});
