import { parseSearch, slideOf, toSearch } from '../../../src/state/url';

describe('embed=1 in links', () => {
  it('is read, written back, and kept out of slides', () => {
    const { state, ignored } = parseSearch('?view=growth&embed=1');
    expect(ignored).toEqual([]);
    expect(state.embed).toBe(true);
    expect(toSearch(state)).toBe('?view=growth&embed=1');
    expect(slideOf(state)).toBe('?view=growth');
  });

  it('any other value is ignored with a notice, never an error', () => {
    for (const value of ['0', 'yes', '', '11']) {
      const { state, ignored } = parseSearch(`?embed=${value}`);
      expect(state.embed).toBe(false);
      expect(ignored).toEqual([{ name: 'embed', value, reason: 'unknownValue' }]);
    }
    expect(parseSearch('?view=compare').state.embed).toBe(false);
  });

  it('a deck slide that embeds is refused', () => {
    const { state, ignored } = parseSearch(`?deck=${encodeURIComponent('?view=growth&embed=1')}&present=1`);
    expect(ignored.some((i) => i.name === 'deck')).toBe(true);
    expect(state.embed).toBe(false);
  });
});
