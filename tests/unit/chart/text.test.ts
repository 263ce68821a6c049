import { describe, expect, it } from 'vitest';
import { spreadOffsets } from '../../../src/ui/chart/crowding';
import { labelFitsBar, textWidth, wrapText } from '../../../src/ui/chart/text';

describe('text sizes without a browser', () => {
  it('counts Chinese characters a full em wide and Latin ones narrower', () => {
    expect(textWidth('全部国家级经开区', 12)).toBe(96);
    expect(textWidth('15.7', 12)).toBeLessThan(textWidth('万亿元', 12));
  });

  it('wraps an English name at spaces and a Chinese one between characters', () => {
    expect(wrapText('Top 10 zones by FDI', 90, 12)).toEqual(['Top 10 zones', 'by FDI']);
    expect(wrapText('利用外资前10名', 50, 12).join('')).toBe('利用外资前10名');
    expect(wrapText('利用外资前10名', 50, 12).length).toBeGreaterThan(1);
  });

  it('puts a value on a bar only when it fits the bar and stays inside the plot', () => {
    expect(labelFitsBar({ width: 30, height: 15 }, { width: 28, gap: 4, top: 100 }, 10)).toBe(true);
    expect(labelFitsBar({ width: 60, height: 15 }, { width: 28, gap: 4, top: 100 }, 10)).toBe(false);
    expect(labelFitsBar({ width: 20, height: 15 }, { width: 28, gap: 4, top: 20 }, 10)).toBe(false);
  });
});

describe('spreadOffsets', () => {
  it('spreads marks that coincide, and leaves lone marks where they are', () => {
    const offsets = spreadOffsets(
      [
        { key: 'a', value: 24.5 },
        { key: 'b', value: 24.5 },
        { key: 'c', value: 10 },
      ],
      0.5,
    );
    expect(offsets.get('a')).toBe(-0.5);
    expect(offsets.get('b')).toBe(0.5);
    expect(offsets.has('c')).toBe(false);
  });
});
