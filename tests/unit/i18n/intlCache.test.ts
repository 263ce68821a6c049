import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPartialDate, formatYear } from '../../../src/i18n/format/date';
import { formatAmount, formatNumber } from '../../../src/i18n/format/number';
import { tickLabel, valueAxis, valueLabel } from '../../../src/ui/chart/axis';
import { unitsT } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

// A language switch formats hundreds of figures; one formatter per call was the top of its profile.
describe('Intl formatters are built once per language and options', () => {
  it('number formatting reuses its formatters', async () => {
    const en = await unitsT('en');
    formatNumber(1, 'en');
    formatAmount(1, 'CNY billion', 'en', en);
    const built = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i++) {
      formatNumber(i, 'en');
      formatAmount(i, 'CNY billion', 'en', en);
    }
    expect(built).not.toHaveBeenCalled();
  });

  it('date formatting reuses its formatters', () => {
    formatYear(2000, 'zh');
    formatPartialDate('2020-03', 'zh');
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 50; i++) {
      formatYear(1980 + i, 'zh');
      formatPartialDate(`20${10 + (i % 10)}-0${1 + (i % 9)}`, 'zh');
    }
    expect(built).not.toHaveBeenCalled();
  });

  // Every tick of every panel is labelled (and measured for the axis width) on each render.
  it('axis ticks and bar values reuse their formatters', () => {
    const axis = valueAxis([0.5, 22.5], '%', { system: 'short' });
    const money = valueAxis([1200, 15700], 'CNY billion', { system: 'myriad' });
    const label = () =>
      [axis, money].flatMap((a) =>
        a.ticks.flatMap((t) => [tickLabel(t, a, 'zh'), valueLabel(t + 0.25, a, 'zh')]),
      );
    const first = label();
    const built = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 20; i++) expect(label()).toEqual(first);
    expect(built).not.toHaveBeenCalled();
  });

  it('keeps languages and options apart', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'en', 'axis')).toBe('1,230');
    expect(formatPartialDate('2020-03', 'en')).toBe('Mar 2020');
    expect(formatPartialDate('2020-03', 'zh')).toBe('2020年3月');
  });
});
