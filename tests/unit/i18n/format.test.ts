import { beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate, formatPeriod, formatYear } from '../../../src/i18n/format/date';
import { formatAmount, formatStated, qualifierWords, type UnitsT } from '../../../src/i18n/format/number';
import type { StatedNumber } from '../../../src/data/model';
import { unitsT } from './helpers';

let zh: UnitsT;
let en: UnitsT;
beforeAll(async () => {
  zh = await unitsT('zh');
  en = await unitsT('en');
});

const figure = (
  value: number,
  unit: StatedNumber['unit'],
  qualifier: StatedNumber['qualifier'] = '',
  fraction: [number, number] | null = null,
): StatedNumber => ({
  value,
  unit,
  qualifier,
  fraction,
});

describe('money', () => {
  it.each([
    [15700, 'CNY billion', '15.7万亿元', 'CNY 15.7 trillion'],
    [39.5, 'USD billion', '395亿美元', 'USD 39.5 billion'],
    [608.46, 'CNY billion', '6084.6亿元', 'CNY 608.46 billion'],
    [80.304, 'USD billion', '803.04亿美元', 'USD 80.304 billion'],
    [0.5, 'USD billion', '5亿美元', 'USD 500 million'],
  ] as const)('%s %s → %s / %s', (value, unit, zhText, enText) => {
    expect(formatAmount(value, unit, 'zh', zh)).toBe(zhText);
    expect(formatAmount(value, unit, 'en', en)).toBe(enText);
  });

  it('never rounds a stated figure', () => {
    expect(formatAmount(1234.5678, 'CNY billion', 'en', en)).toBe('CNY 1.2345678 trillion');
    expect(formatAmount(1234.5678, 'CNY billion', 'zh', zh)).toBe('1.2345678万亿元');
  });

  it('rounds only for axis ticks', () => {
    expect(formatAmount(1234.5678, 'CNY billion', 'en', en, 'axis')).toBe('CNY 1.23 trillion');
  });
});

describe('other units', () => {
  it('formats percentages, points, per mille and areas per language', () => {
    expect(formatAmount(24.5, '%', 'zh', zh)).toBe('24.5%');
    expect(formatAmount(24.5, '%', 'en', en)).toBe('24.5%');
    expect(formatAmount(-2.7, '%', 'en', en)).toBe('-2.7%');
    expect(formatAmount(3.8, 'pp', 'zh', zh)).toBe('+3.8个百分点');
    expect(formatAmount(3.8, 'pp', 'en', en)).toBe('+3.8 pp');
    expect(formatAmount(3, '‰', 'en', en)).toBe('3‰');
    expect(formatAmount(888, 'km2', 'zh', zh)).toBe('888平方公里');
    expect(formatAmount(888, 'km2', 'en', en)).toBe('888 km²');
  });

  it('writes large counts in 万 for Chinese and in full for English', () => {
    expect(formatAmount(85000, 'count', 'zh', zh)).toBe('8.5万');
    expect(formatAmount(85000, 'count', 'en', en)).toBe('85,000');
    expect(formatAmount(232, 'count', 'zh', zh)).toBe('232');
  });
});

describe('qualifiers and fractions', () => {
  it('keeps the qualifier of an approximate figure on screen', () => {
    expect(formatStated(figure(85000, 'count', '>'), 'en', en)).toBe('>85,000');
    expect(formatStated(figure(85000, 'count', '>'), 'zh', zh)).toBe('超过8.5万');
    expect(formatStated(figure(15000, 'CNY billion', '>'), 'zh', zh)).toBe('超过15万亿元');
    expect(formatStated(figure(3, '‰', '<'), 'en', en)).toBe('<3‰');
  });

  it('keeps a stated fraction as a fraction', () => {
    expect(formatStated(figure(0.25, 'fraction', '≈', [1, 4]), 'en', en)).toBe('≈1/4');
    expect(formatStated(figure(0.25, 'fraction', '≈', [1, 4]), 'zh', zh)).toBe('约1/4');
    expect(formatStated(figure(0.125, 'fraction', '', [1, 8]), 'en', en)).toBe('1/8');
  });

  it('puts the qualifier into words for assistive technology', () => {
    expect(qualifierWords('>', en)).toBe('more than');
    expect(qualifierWords('≈', zh)).toBe('约');
  });
});

describe('dates and periods', () => {
  it('formats a date only as precisely as the source states it', () => {
    expect(formatPartialDate('2023', 'zh')).toBe('2023年');
    expect(formatPartialDate('2023', 'en')).toBe('2023');
    expect(formatPartialDate('2023-06', 'en')).toBe('Jun 2023');
    expect(formatPartialDate('2023-06', 'zh')).toBe('2023年6月');
    expect(formatPartialDate('2024-10-27', 'en')).toBe('Oct 27, 2024');
    expect(formatPartialDate('2024-10-27', 'zh')).toBe('2024年10月27日');
  });

  it('names periods per language', () => {
    expect(formatPeriod({ kind: 'H1' }, 2024, 'en', en)).toBe('H1 2024');
    expect(formatPeriod({ kind: 'H1' }, 2024, 'zh', zh)).toBe('2024年上半年');
    expect(formatPeriod({ kind: 'Q1-Q3' }, 2010, 'zh', zh)).toBe('2010年前三季度');
    expect(formatPeriod({ kind: 'asof', year: 2023, month: 6 }, 2023, 'en', en)).toBe('as of Jun 2023');
    expect(formatPeriod({ kind: 'span', from: 2006, to: 2010 }, 2010, 'en', en)).toBe('2006–2010');
    expect(formatYear(2024, 'zh')).toBe('2024年');
  });
});
