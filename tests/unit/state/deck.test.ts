import { describe, expect, it } from 'vitest';
import {
  addSlide,
  clampSlide,
  DEFAULT_DECK,
  encodeDeck,
  isDefaultDeck,
  MAX_SLIDES,
  moveSlide,
  removeSlide,
  splitDeck,
} from '../../../src/state/deck';
import { parseSearch, toSearch } from '../../../src/state/url';

const deck = ['?view=growth', '?view=compare&ind=gdp', '?view=policies'];

describe('deck operations', () => {
  it('adds after a position, at the end by default, and never beyond the maximum', () => {
    expect(addSlide(deck, '?view=sources')).toEqual([...deck, '?view=sources']);
    expect(addSlide(deck, '?view=sources', 0)).toEqual([
      '?view=growth',
      '?view=sources',
      '?view=compare&ind=gdp',
      '?view=policies',
    ]);
    const full = Array.from({ length: MAX_SLIDES }, (_, i) => `?view=growth&year=${1990 + i}`);
    expect(addSlide(full, '?view=sources')).toBe(full);
  });

  it('removes and reorders, ignoring positions outside the deck', () => {
    expect(removeSlide(deck, 1)).toEqual(['?view=growth', '?view=policies']);
    expect(removeSlide(deck, 7)).toBe(deck);
    expect(moveSlide(deck, 0, 2)).toEqual(['?view=compare&ind=gdp', '?view=policies', '?view=growth']);
    expect(moveSlide(deck, 2, 0)).toEqual(['?view=policies', '?view=growth', '?view=compare&ind=gdp']);
    expect(moveSlide(deck, 0, 3)).toBe(deck);
    expect(clampSlide(deck, 9)).toBe(2);
    expect(clampSlide(deck, -1)).toBe(0);
    expect(clampSlide([], 3)).toBe(0);
  });

  it('round-trips through one URL parameter', () => {
    const { slides, broken } = splitDeck(encodeDeck(deck));
    expect(slides).toEqual(deck);
    expect(broken).toEqual([]);
    expect(splitDeck('%E0%A4%A,view%3Dgrowth')).toEqual({ slides: ['?view=growth'], broken: ['%E0%A4%A'] });
  });

  it('keeps an overview slide, whose own link is the empty query, in the parameter', () => {
    const withOverview = ['?view=growth', '?', '?view=sources'];
    expect(
      parseSearch(`?present=2&deck=${encodeURIComponent(encodeDeck(withOverview))}`).state,
    ).toMatchObject({
      deck: withOverview,
      present: 1,
      view: 'overview',
    });
  });

  it('knows the default deck, whose every slide is a clean link', () => {
    expect(isDefaultDeck(DEFAULT_DECK)).toBe(true);
    expect(isDefaultDeck(deck)).toBe(false);
    for (const slide of DEFAULT_DECK) expect(parseSearch(slide).ignored, slide).toEqual([]);
  });
});

describe('decks in the URL', () => {
  it('reproduces a presented slide of a custom deck from the link', () => {
    const search = toSearch({ ...parseSearch('').state, present: 1, deck, lang: 'en' });
    const { state, ignored } = parseSearch(search);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ present: 1, deck, view: 'compare', lang: 'en', compare: { ind: ['gdp'] } });
  });

  it('leaves the default deck out of the link', () => {
    expect(toSearch({ ...parseSearch('').state, present: 0, deck: DEFAULT_DECK, lang: null })).toBe(
      '?present=1',
    );
    expect(parseSearch('?present=1').state).toMatchObject({ present: 0, deck: null, view: 'growth' });
  });

  it('drops bad slides and keeps the good ones, reporting each', () => {
    const raw = encodeDeck([
      '?view=growth',
      '?view=nowhere',
      '?view=compare&lang=en',
      '?present=2',
      '?view=compare&ind=<x>',
    ]);
    const { state, ignored } = parseSearch(`?present=1&deck=${encodeURIComponent(raw)}`);
    expect(state.deck).toEqual(['?view=growth']);
    expect(ignored.map((i) => i.reason)).toEqual(['badSlide', 'badSlide', 'badSlide', 'badSlide']);
  });

  it('falls back safely from a malformed deck or slide number', () => {
    expect(parseSearch('?present=1&deck=%E0%A4%A').state).toMatchObject({
      deck: null,
      present: 0,
      view: 'growth',
    });
    expect(parseSearch('?present=99')).toMatchObject({
      state: { present: 0 },
      ignored: [expect.objectContaining({ name: 'present', reason: 'noSuchSlide' })],
    });
    expect(parseSearch('?present=two')).toMatchObject({
      state: { present: 0 },
      ignored: [expect.objectContaining({ name: 'present', reason: 'unknownValue' })],
    });
    expect(parseSearch(`?deck=${'x'.repeat(5000)}`).ignored).toEqual([
      expect.objectContaining({ name: 'deck', reason: 'tooLong' }),
    ]);
  });
});
