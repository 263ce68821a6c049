import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch, defaultUrlState } from '../../../src/state/url';

describe('policies URL parameters', () => {
  it('reads document, area, tags, measure and search', () => {
    const { state, ignored } = parseSearch(
      '?view=policies&doc=CN-MOFCOM-2025-132&area=4&tag=land,trade&q=%E7%94%A8%E5%9C%B0',
    );
    expect(ignored).toEqual([]);
    expect(state.policies).toEqual({
      doc: 'CN-MOFCOM-2025-132',
      area: '4',
      tag: ['land', 'trade'],
      measure: null,
      q: '用地',
    });
  });

  it('round-trips, writing only what differs from the defaults', () => {
    const search =
      '?view=policies&doc=CN-MOFCOM-2025-132&area=4&tag=land,trade&measure=CN-MOFCOM-2025-132-m15&q=land';
    expect(toSearch(parseSearch(search).state)).toBe(search);
    expect(toSearch({ ...defaultUrlState(), view: 'policies' })).toBe('?view=policies');
  });

  it.each([
    ['?view=policies&area=4', 'area', 'unknownValue'],
    ['?view=policies&doc=CN-SC-2019-11&area=Area%201', 'area', 'badId'],
    ['?view=policies&doc=CN-SC-2019-11&area=' + 'a'.repeat(41), 'area', 'badId'],
    ['?view=policies&tag=land,Land%20use', 'tag', 'badId'],
    ['?view=policies&doc=%3Cb%3E', 'doc', 'badId'],
    ['?view=policies&measure=a%20b', 'measure', 'badId'],
    ['?view=policies&q=' + 'x'.repeat(101), 'q', 'tooLong'],
  ])('%s: ignores %s (%s) and keeps the rest usable', (search, name, reason) => {
    const { state, ignored } = parseSearch(search);
    expect(ignored).toEqual([expect.objectContaining({ name, reason })]);
    expect(state.view).toBe('policies');
  });

  it('keeps the valid tags of a partly bad list, once each, and caps the count', () => {
    const { state, ignored } = parseSearch('?view=policies&tag=land,land,BAD!,trade');
    expect(state.policies.tag).toEqual(['land', 'trade']);
    expect(ignored).toHaveLength(1);
    const many = Array.from({ length: 25 }, (_, i) => `t${i}`).join(',');
    const capped = parseSearch(`?view=policies&tag=${many}`);
    expect(capped.state.policies.tag).toHaveLength(20);
    expect(capped.ignored.filter((i) => i.reason === 'tooMany')).toHaveLength(5);
  });

  it('drops an area written without its document on the way out too', () => {
    const state = {
      ...defaultUrlState(),
      view: 'policies' as const,
      policies: { doc: null, area: '4', tag: [], measure: null, q: '' },
    };
    expect(toSearch(state)).toBe('?view=policies');
  });
});
