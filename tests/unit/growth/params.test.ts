import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch } from '../../../src/state/url';

describe('growth URL parameters', () => {
  it('reads a complete growth link and writes it back unchanged', () => {
    const search =
      '?view=growth&year=2010&zone=dalian&prov=liaoning&pm=listed&ms=batch.upgrade_2009_2013&zf=after';
    const { state, ignored } = parseSearch(search);
    expect(ignored).toEqual([]);
    expect(state.growth).toEqual({
      year: 2010,
      zone: 'dalian',
      prov: 'liaoning',
      pm: 'listed',
      ms: 'batch.upgrade_2009_2013',
      zf: 'after',
    });
    expect(toSearch(state)).toBe(search);
  });

  it('keeps the presentation deck links short', () => {
    expect(toSearch(parseSearch('?view=growth').state)).toBe('?view=growth');
    expect(toSearch(parseSearch('?view=growth&year=2010&pm=stated&zf=all').state)).toBe(
      '?view=growth&year=2010',
    );
  });

  it.each([
    ['?view=growth&pm=total', 'pm', 'unknownValue'],
    ['?view=growth&zf=before', 'zf', 'unknownValue'],
    ['?view=growth&zf=', 'zf', 'unknownValue'],
    ['?view=growth&zf=AFTER', 'zf', 'unknownValue'],
    ['?view=growth&pm=', 'pm', 'unknownValue'],
    ['?view=growth&ms=<b>', 'ms', 'badId'],
    ['?view=growth&ms=batch first', 'ms', 'badId'],
    ['?view=growth&year=1983', 'year', 'notAYear'],
    ['?view=growth&year=twenty', 'year', 'notAYear'],
  ])('%s: ignores %s (%s) and falls back to the default', (search, name, reason) => {
    const { state, ignored } = parseSearch(search);
    // `year` is shared with Compare, which may report the same bad value too.
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.every((i) => i.name === name && i.reason === reason)).toBe(true);
    expect(state.growth.pm).toBe('stated');
    expect(state.growth.zf).toBe('all');
    expect(state.view).toBe('growth');
  });
});
