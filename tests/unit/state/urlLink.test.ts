import { describe, expect, it } from 'vitest';
import { defaultUrlState, toSearch, type UrlState } from '../../../src/state/url';
import { linkSearch, type LinkTarget } from '../../../src/state/urlLink';
import { DEFAULT_DECK } from '../../../src/state/deck';

const counting = () => {
  const calls = { n: 0 };
  const build = (s: UrlState) => {
    calls.n += 1;
    return toSearch(s);
  };
  return { calls, build };
};

describe('linkSearch', () => {
  const base: UrlState = { ...defaultUrlState(), view: 'growth', lang: 'en' };
  const targets: LinkTarget[] = [
    { view: 'zones', zones: { zone: 'tianjin' } },
    { view: 'growth' },
    { view: 'overview' },
    { view: 'sources' },
    { view: 'compare', compare: { ...base.compare, ind: ['gdp'] } },
    {},
  ];

  it('writes what toSearch writes for the state with the target over it', () => {
    const states: UrlState[] = [
      base,
      { ...base, lang: 'zh' },
      { ...base, lang: null },
      { ...base, embed: true },
      { ...base, view: 'compare', growth: { ...base.growth, year: 2001 } },
      { ...base, present: 1, deck: DEFAULT_DECK },
    ];
    for (const state of states)
      for (const to of targets) expect(linkSearch(state, to)).toBe(toSearch({ ...state, ...to }));
  });

  it('builds a link again only when its view, parameters, language or embed change', () => {
    const { calls, build } = counting();
    // Fresh parameter objects: the cache is keyed by them and outlives a test.
    const base: UrlState = { ...defaultUrlState(), view: 'growth', lang: 'en' };
    const to: LinkTarget = { view: 'zones', zones: { zone: 'tianjin' } };
    linkSearch(base, to, build);
    expect(calls.n).toBe(1);
    // A playback tick or a filter of another view: nothing the link carries.
    linkSearch({ ...base, growth: { ...base.growth, year: 1999 } }, to, build);
    linkSearch({ ...base, compare: { ...base.compare, reg: ['east'] } }, to, build);
    expect(calls.n).toBe(1);
    expect(linkSearch({ ...base, lang: 'zh' }, to, build)).toBe(toSearch({ ...base, lang: 'zh', ...to }));
    expect(calls.n).toBe(2);
    // The nav's link to the current view follows that view's parameters.
    const nav: LinkTarget = { view: 'growth' };
    linkSearch(base, nav, build);
    const moved = { ...base, growth: { ...base.growth, year: 1999 } };
    expect(linkSearch(moved, nav, build)).toBe(toSearch({ ...moved, ...nav }));
    expect(calls.n).toBe(4);
  });
});
