import { describe, expect, it } from 'vitest';
import { tickLabel, valueAxis, valueLabel } from '../../../src/ui/chart/axis';
import { axisMagnitude, chooseExponent } from '../../../src/ui/chart/magnitude';

describe('magnitude per language', () => {
  it('counts in thousands, millions, billions, trillions in English', () => {
    expect(chooseExponent(20e12, 'short')).toBe(12);
    expect(chooseExponent(50e9, 'short')).toBe(9);
    expect(chooseExponent(900e6, 'short')).toBe(6);
    expect(chooseExponent(250, 'short')).toBe(0);
  });

  it('counts in 万, 亿, 万亿 in Chinese', () => {
    expect(chooseExponent(20e12, 'myriad')).toBe(12);
    expect(chooseExponent(50e9, 'myriad')).toBe(8);
    expect(chooseExponent(30000, 'myriad')).toBe(4);
    expect(chooseExponent(250, 'myriad')).toBe(0);
  });

  it('turns dataset billions into the axis unit', () => {
    // CNY 16.9 trillion is 16,900 in the dataset's CNY billion.
    expect(axisMagnitude('CNY billion', 20000, 'short')).toEqual({ exponent: 12, factor: 1e-3 });
    expect(axisMagnitude('CNY billion', 20000, 'myriad')).toEqual({ exponent: 12, factor: 1e-3 });
    // USD 43 billion: "USD billion" in English, 亿美元 in Chinese (430亿).
    expect(axisMagnitude('USD billion', 50, 'short')).toEqual({ exponent: 9, factor: 1 });
    expect(axisMagnitude('USD billion', 50, 'myriad')).toEqual({ exponent: 8, factor: 10 });
  });
});

describe('valueAxis and its labels', () => {
  it('ticks a trillions axis as short one-line numbers, the magnitude going to the title', () => {
    const axis = valueAxis([300, 16900], 'CNY billion', { system: 'short' });
    expect(axis.exponent).toBe(12);
    expect(axis.ticks.map((t) => tickLabel(t, axis, 'en'))).toEqual(['0', '5', '10', '15', '20']);
    const zh = valueAxis([8, 43], 'USD billion', { system: 'myriad' });
    expect(zh.ticks.map((t) => tickLabel(t, zh, 'zh'))).toEqual(['0', '100', '200', '300', '400', '500']);
  });

  it('ticks percentages with the sign and one precision for all ticks', () => {
    const axis = valueAxis([4.9, 12], '%', { system: 'short' });
    expect(axis.ticks.map((t) => tickLabel(t, axis, 'en'))).toEqual([
      '0%',
      '2.5%',
      '5%',
      '7.5%',
      '10%',
      '12.5%',
    ]);
  });

  it('labels a figure with every digit its source gave, never rounded to the tick precision', () => {
    const axis = valueAxis([14800, 15700], 'CNY billion', { system: 'short' });
    expect(valueLabel(15700, axis, 'en')).toBe('15.7');
    expect(valueLabel(10234.5, axis, 'en')).toBe('10.2345');
  });

  it('starts an index axis below its lowest line, not at zero', () => {
    const axis = valueAxis([100, 165], 'index', { system: 'short' });
    expect(axis.domain[0]).toBeGreaterThan(0);
    expect(axis.domain[0]).toBeLessThan(100);
  });
});
