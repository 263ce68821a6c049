import { describe, expect, it } from 'vitest';
import { defaultUrlState, parseSearch, toSearch } from '../../../src/state/url';
import { compareLink } from '../../../src/state/params/compare';

describe('parseSearch', () => {
  it('reads a complete compare link', () => {
    const { state, ignored } = parseSearch(
      '?view=compare&lang=en&ind=trade_share_national_pct,fdi_share_national_pct&reg=national,east&from=2006&to=2024',
    );
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      view: 'compare',
      lang: 'en',
      compare: {
        ind: ['trade_share_national_pct', 'fdi_share_national_pct'],
        reg: ['national', 'east'],
        from: 2006,
        to: 2024,
      },
    });
  });

  it('falls back to defaults on an empty or absent query', () => {
    expect(parseSearch('').state).toEqual(defaultUrlState());
    expect(parseSearch('?').state).toEqual(defaultUrlState());
  });

  const malformed: Array<[string, string, string]> = [
    ['?view=dashboard', 'view', 'unknownValue'],
    ['?lang=xx', 'lang', 'unknownValue'],
    ['?view=compare&from=20o6', 'from', 'notAYear'],
    ['?view=compare&from=1850', 'from', 'notAYear'],
    ['?view=compare&to=9999', 'to', 'notAYear'],
    ['?view=compare&from=2020&to=2010', 'to', 'badRange'],
    ['?view=compare&reg=national,mars', 'reg', 'unknownValue'],
    ['?view=compare&ind=gdp,<script>', 'ind', 'badId'],
    ['?zone=../../etc/passwd', 'zone', 'badId'],
    ['?foo=bar', 'foo', 'unknownParam'],
    ['?view=growth&view=compare', 'view', 'duplicate'],
    [`?q=${'x'.repeat(101)}`, 'q', 'tooLong'],
    [`?view=${'x'.repeat(600)}`, 'view', 'tooLong'],
  ];

  it.each(malformed)('%s: ignores "%s" (%s) and still renders defaults for it', (search, name, reason) => {
    const { state, ignored } = parseSearch(search);
    expect(ignored).toEqual([expect.objectContaining({ name, reason })]);
    expect(state.view).toMatch(/overview|compare|growth/);
  });

  it('keeps what is valid in a partly bad list', () => {
    const { state, ignored } = parseSearch('?ind=gdp,bad%20id,gdp,trade_total_cny');
    expect(state.compare.ind).toEqual(['gdp', 'trade_total_cny']);
    expect(ignored).toEqual([expect.objectContaining({ name: 'ind', value: 'bad id', reason: 'badId' })]);
  });

  it('caps long lists', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `i${i}`).join(',');
    const { state, ignored } = parseSearch(`?ind=${ids}`);
    expect(state.compare.ind).toHaveLength(12);
    expect(ignored.filter((i) => i.reason === 'tooMany')).toHaveLength(8);
  });

  it('never throws on hostile input and shortens what it reports', () => {
    for (const search of [
      '?%',
      '?%E0%A4%A',
      '?=&=&&',
      `?${'a=1&'.repeat(1000)}`,
      '?view=%00%01',
      '?lang=__proto__',
      '?constructor=x',
    ]) {
      expect(() => parseSearch(search)).not.toThrow();
    }
    const { ignored } = parseSearch(`?${'y'.repeat(200)}=1`);
    expect(ignored[0]?.name.length).toBeLessThanOrEqual(40);
  });
});

describe('toSearch', () => {
  it('writes only what differs from the defaults', () => {
    expect(toSearch(defaultUrlState())).toBe('');
    expect(toSearch({ ...defaultUrlState(), lang: 'zh' })).toBe('?lang=zh');
  });

  it('writes the parameters of the current view only', () => {
    const state = {
      ...defaultUrlState(),
      view: 'overview' as const,
      compare: compareLink({ ind: ['gdp'], from: 2006 }),
    };
    expect(toSearch(state)).toBe('');
  });

  it('round-trips every view', () => {
    for (const search of [
      '?view=compare&lang=en&ind=gdp,trade_total_cny&reg=national,east&from=2006&to=2024',
      '?view=growth&lang=zh&year=2010&zone=dalian&prov=liaoning',
      '?view=policies&lang=en&doc=cn-sc-2019-11&measure=m1&q=%E5%A4%96%E8%B5%84',
      '?view=sources&lang=zh',
    ]) {
      const { state, ignored } = parseSearch(search);
      expect(ignored).toEqual([]);
      expect(toSearch(state)).toBe(search);
    }
  });
});

describe('a parameter two views read', () => {
  it('is reported once when it is bad', () => {
    expect(parseSearch('?view=compare&year=20x4').ignored).toEqual([
      expect.objectContaining({ name: 'year', reason: 'notAYear' }),
    ]);
  });
});
