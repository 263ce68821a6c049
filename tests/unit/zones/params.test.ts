import { describe, expect, it } from 'vitest';
import { encodeDeck } from '../../../src/state/deck';
import { parseSearch, slideState, toSearch } from '../../../src/state/url';

describe('zone page and rankings URL parameters', () => {
  it('reads a zone page link and writes it back unchanged', () => {
    const { state, ignored } = parseSearch('?view=zones&zone=suzhou-industrial-park');
    expect(ignored).toEqual([]);
    expect(state.view).toBe('zones');
    expect(state.zones).toEqual({ zone: 'suzhou-industrial-park' });
    expect(toSearch(state)).toBe('?view=zones&zone=suzhou-industrial-park');
  });

  it('reads a rankings link and writes it back unchanged; the latest is the default', () => {
    const { state, ignored } = parseSearch('?view=rankings&a=2020');
    expect(ignored).toEqual([]);
    expect(state.rankings).toEqual({ a: 2020 });
    expect(toSearch(state)).toBe('?view=rankings&a=2020');
    expect(toSearch(parseSearch('?view=rankings').state)).toBe('?view=rankings');
    expect(parseSearch('?view=rankings').state.rankings).toEqual({ a: null });
  });

  it('writes only the parameters of the view shown', () => {
    const { state } = parseSearch('?view=zones&zone=dalian');
    expect(toSearch({ ...state, view: 'rankings' })).toBe('?view=rankings');
  });

  it.each([
    ['?view=zones&zone=<script>', 'zone', 'badId'],
    ['?view=zones&zone=dalian%20zone', 'zone', 'badId'],
    ['?view=rankings&a=1983', 'a', 'notAYear'],
    ['?view=rankings&a=3000', 'a', 'notAYear'],
    ['?view=rankings&a=latest', 'a', 'notAYear'],
  ])('%s: ignores %s (%s) and falls back to the default', (search, name, reason) => {
    const { state, ignored } = parseSearch(search);
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.every((i) => i.name === name && i.reason === reason)).toBe(true);
    expect(state.zones.zone).toBeNull();
    expect(state.rankings.a).toBeNull();
  });

  it('a zone page and a rankings page are slides: a deck link keeps them', () => {
    expect(slideState('?view=zones&zone=tianjin')).toMatchObject({
      view: 'zones',
      zones: { zone: 'tianjin' },
    });
    expect(slideState('?view=rankings&a=2010')).toMatchObject({ view: 'rankings', rankings: { a: 2010 } });
    const deck = encodeDeck(['?view=zones&zone=tianjin', '?view=rankings&a=2010']);
    const { state, ignored } = parseSearch(`?present=2&deck=${encodeURIComponent(deck)}`);
    expect(ignored).toEqual([]);
    expect(state.view).toBe('rankings');
    expect(state.rankings.a).toBe(2010);
  });
});
