import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK } from '../../../src/state/deck';
import {
  COMPARE_DEFAULTS,
  COMPARE_PRESETS,
  compareLink,
  compareParams,
  compareSearch,
} from '../../../src/state/params/compare';
import { defaultUrlState, parseSearch, toSearch } from '../../../src/state/url';

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
      base: null,
    });
  });

  it('reads a base year in index mode, totally: a bad one is reported and dropped', () => {
    const ok = parseSearch('?view=compare&ind=gdp&mode=index&base=2006');
    expect(ok.state.compare.base).toBe(2006);
    expect(toSearch(ok.state)).toContain('base=2006');
    const bad = parseSearch('?view=compare&ind=gdp&mode=index&base=20x6');
    expect(bad.state.compare.base).toBeNull();
    expect(bad.ignored).toEqual([{ name: 'base', value: '20x6', reason: 'notAYear' }]);
    // Outside index mode a base year means nothing, so a link does not carry it.
    const abs = parseSearch('?view=compare&ind=gdp&base=2006');
    expect(toSearch(abs.state)).not.toContain('base=');
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
    expect(state.compare).toEqual(COMPARE_DEFAULTS);
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
    expect(compareLink({ ind: ['gdp'], reg: ['national'] })).toEqual({
      ind: ['gdp'],
      reg: ['national'],
      from: null,
      to: null,
      mode: 'abs',
      chart: 'line',
      year: null,
      per: 'FY',
      ser: ['statistics', 'assessment', 'other'],
      base: null,
    });
  });

  it.each([
    '',
    '?view=compare',
    '?view=compare&ind=gdp',
    '?view=compare&ind=gdp&ser=',
    '?view=compare&mode=log&chart=pie&year=x&per=Q9&ser=rumour&from=2020&to=2010',
  ])('is complete after parsing %s: every field set, at least one series', (search) => {
    const { compare } = parseSearch(search).state;
    expect(Object.keys(compare).sort()).toEqual([...compareParams.names].sort());
    for (const value of Object.values(compare)) expect(value).not.toBeUndefined();
    expect(compare.ser.length).toBeGreaterThan(0);
  });

  it('links built with compareLink write the same short URLs as before', () => {
    const link = (compare: ReturnType<typeof compareLink>) =>
      toSearch({ ...defaultUrlState(), view: 'compare', compare });
    // Overview and Zone growth: indicators over time, nationally.
    expect(link(compareLink({ ind: ['gdp', 'gdp_share_national_pct'], reg: ['national'] }))).toBe(
      '?view=compare&ind=gdp,gdp_share_national_pct&reg=national',
    );
    // Policies: "see the data" names the indicators only.
    expect(link(compareLink({ ind: ['fdi_actual_usd'] }))).toBe('?view=compare&ind=fdi_actual_usd');
    expect(compareSearch(COMPARE_PRESETS.fdi)).toBe(
      '?view=compare&ind=fdi_actual_usd,fdi_share_national_pct',
    );
    expect(compareSearch(compareLink({}))).toBe('?view=compare');
  });

  it('never shares its defaults with a link that is changed later', () => {
    const link = compareLink({ ser: [], mode: undefined });
    expect(link.mode).toBe('abs');
    expect(link.ser).toEqual(['statistics', 'assessment', 'other']);
    link.ser.pop();
    link.ind.push('gdp');
    expect(COMPARE_DEFAULTS.ser).toHaveLength(3);
    expect(COMPARE_DEFAULTS.ind).toEqual([]);
  });

  it('keeps the default deck exactly as kept decks and captions know it', () => {
    expect(DEFAULT_DECK.map((slide) => [slide.search, slide.part])).toEqual([
      ['?', ''],
      ['?view=growth', ''],
      ['?view=compare&ind=gdp,gdp_share_national_pct&from=2006&to=2024', 'CNY billion'],
      ['?view=compare&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024', '%'],
      ['?view=compare&ind=zone_count,gdp&reg=east,central,west,northeast&chart=bars&year=2023', 'count'],
      ['?view=policies&doc=CN-MOFCOM-2025-132', ''],
      ['?view=sources', 'gdp|2023|FY|national'],
    ]);
  });
});
