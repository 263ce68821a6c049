import { describe, expect, it } from 'vitest';
import { compareParams, withCompareDefaults } from '../../../src/state/params/compare';
import { parseSearch, toSearch } from '../../../src/state/url';

describe('compare URL parameters', () => {
  it('reads mode, chart, year, period and series', () => {
    const { state, ignored } = parseSearch(
      '?view=compare&ind=gdp&mode=index&chart=bars&year=2023&per=H1&ser=statistics,assessment',
    );
    expect(ignored).toEqual([]);
    expect(state.compare).toMatchObject({
      mode: 'index',
      chart: 'bars',
      year: 2023,
      per: 'H1',
      ser: ['statistics', 'assessment'],
    });
  });

  it('defaults to absolute values, a line chart, full years and every series', () => {
    const { state } = parseSearch('?view=compare&ind=gdp');
    expect(state.compare).toMatchObject({
      mode: 'abs',
      chart: 'line',
      year: null,
      per: 'FY',
      ser: ['statistics', 'assessment', 'other'],
    });
  });

  const malformed: Array<[string, string, string]> = [
    ['?view=compare&mode=log', 'mode', 'unknownValue'],
    ['?view=compare&chart=pie', 'chart', 'unknownValue'],
    ['?view=compare&year=20x3', 'year', 'notAYear'],
    ['?view=compare&year=1700', 'year', 'notAYear'],
    ['?view=compare&per=Q4', 'per', 'unknownValue'],
    ['?view=compare&ser=rumour', 'ser', 'unknownValue'],
  ];

  it.each(malformed)('%s: ignores "%s" (%s) and keeps the default', (search, name, reason) => {
    const { state, ignored } = parseSearch(search);
    // "year" is shared with the Zone growth view, whose parser reports it as well.
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.every((i) => i.name === name && i.reason === reason)).toBe(true);
    expect(withCompareDefaults(state.compare)).toEqual(withCompareDefaults(compareParams.defaults));
  });

  it('keeps the valid series of a partly bad list and never ends with none', () => {
    expect(parseSearch('?ser=other,bogus').state.compare.ser).toEqual(['other']);
    expect(parseSearch('?ser=').state.compare.ser).toEqual(['statistics', 'assessment', 'other']);
  });

  it('writes only what differs from the defaults and reads it back', () => {
    const base = parseSearch(
      '?view=compare&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    ).state;
    expect(toSearch({ ...base, lang: null })).toBe(
      '?view=compare&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    const changed = {
      ...base,
      compare: {
        ...base.compare,
        mode: 'share' as const,
        ser: ['assessment' as const],
        per: 'asof' as const,
      },
    };
    const search = toSearch(changed);
    expect(search).toContain('mode=share');
    expect(search).toContain('ser=assessment');
    expect(search).toContain('per=asof');
    expect(parseSearch(search).state.compare).toEqual(changed.compare);
  });

  it('fills in what a link built with only ind/reg/from/to leaves out', () => {
    expect(withCompareDefaults({ ind: ['gdp'], reg: ['national'], from: null, to: null })).toMatchObject({
      mode: 'abs',
      chart: 'line',
      per: 'FY',
      ser: ['statistics', 'assessment', 'other'],
    });
  });
});
