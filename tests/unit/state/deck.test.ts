import { compressToEncodedURIComponent } from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckCodec } from '../../../src/state/deckCodec';
import {
  addSlide,
  clampSlide,
  DEFAULT_DECK,
  defaultTitleKey,
  duplicateSlide,
  isDefaultDeck,
  makeSlide,
  MAX_SLIDES,
  moveSlide,
  removeSlide,
  TEXT_LIMITS,
  updateSlide,
  type Deck,
} from '../../../src/state/deck';
import { decodeDeck, encodeDeck } from '../../../src/state/deckLink';
import { MAX_DECK_LENGTH, parseSearch, readDeck, toSearch } from '../../../src/state/url';

// These tests read and write compact decks: the codec the app loads on demand is loaded up front.
beforeAll(() => loadDeckCodec());

const deck: Deck = [
  makeSlide('?view=growth'),
  makeSlide('?view=compare&ind=gdp', { title: 'GDP since 2006', caption: 'Three series' }),
  makeSlide('?view=policies', { notes: 'Mention the 2025 plan' }),
];
const searches = (d: Deck) => d.map((s) => s.search);

describe('deck operations', () => {
  it('adds after a position, at the end by default, and never beyond the maximum', () => {
    expect(searches(addSlide(deck, makeSlide('?view=sources')))).toEqual([
      ...searches(deck),
      '?view=sources',
    ]);
    expect(searches(addSlide(deck, makeSlide('?view=sources'), 0))).toEqual([
      '?view=growth',
      '?view=sources',
      '?view=compare&ind=gdp',
      '?view=policies',
    ]);
    const full = Array.from({ length: MAX_SLIDES }, (_, i) => makeSlide(`?view=growth&year=${1990 + i}`));
    expect(addSlide(full, makeSlide('?view=sources'))).toBe(full);
  });

  it('removes, reorders and duplicates, ignoring positions outside the deck', () => {
    expect(searches(removeSlide(deck, 1))).toEqual(['?view=growth', '?view=policies']);
    expect(removeSlide(deck, 7)).toBe(deck);
    expect(searches(moveSlide(deck, 0, 2))).toEqual([
      '?view=compare&ind=gdp',
      '?view=policies',
      '?view=growth',
    ]);
    expect(searches(moveSlide(deck, 2, 0))).toEqual([
      '?view=policies',
      '?view=growth',
      '?view=compare&ind=gdp',
    ]);
    expect(moveSlide(deck, 0, 3)).toBe(deck);
    const copied = duplicateSlide(deck, 1);
    expect(copied).toHaveLength(4);
    expect(copied[2]).toEqual(deck[1]);
    expect(duplicateSlide(deck, 5)).toBe(deck);
    expect(clampSlide(deck, 9)).toBe(2);
    expect(clampSlide(deck, -1)).toBe(0);
    expect(clampSlide([], 3)).toBe(0);
  });

  it("changes a slide's words, each cut to its limit, and nothing else", () => {
    const next = updateSlide(deck, 0, { title: 'x'.repeat(500), caption: 'Forty years' });
    expect(next[0]?.title).toHaveLength(TEXT_LIMITS.title);
    expect(next[0]?.caption).toBe('Forty years');
    expect(next[0]?.search).toBe('?view=growth');
    expect(next[1]).toBe(deck[1]);
    expect(updateSlide(deck, 9, { title: 'x' })).toBe(deck);
  });

  it('keeps an overview slide, whose own link is the empty query, in the parameter', () => {
    const withOverview = [makeSlide('?view=growth'), makeSlide('?'), makeSlide('?view=sources')];
    expect(
      parseSearch(`?present=2&deck=${encodeURIComponent(encodeDeck(withOverview))}`).state,
    ).toMatchObject({ deck: withOverview, present: 1, view: 'overview' });
  });

  it('knows the default deck, whose every slide is a clean link with a message for a title', () => {
    expect(isDefaultDeck(DEFAULT_DECK)).toBe(true);
    expect(isDefaultDeck(deck)).toBe(false);
    expect(isDefaultDeck(updateSlide(DEFAULT_DECK, 0, { caption: 'Mine' }))).toBe(false);
    for (const slide of DEFAULT_DECK) expect(parseSearch(slide.search).ignored, slide.search).toEqual([]);
    expect(defaultTitleKey(DEFAULT_DECK[0] as (typeof DEFAULT_DECK)[number])).toBe(
      'present.defaultSlide.overview',
    );
    // A presenter's own title wins over the default deck's; a duplicate keeps the default deck's.
    expect(defaultTitleKey(updateSlide(DEFAULT_DECK, 0, { title: 'Mine' })[0]!)).toBeNull();
    expect(defaultTitleKey(duplicateSlide(DEFAULT_DECK, 1)[2]!)).toBe('present.defaultSlide.growth');
    expect(defaultTitleKey(makeSlide('?view=growth&year=2010'))).toBeNull();
  });
});

describe('the deck in a link', () => {
  it('round-trips every slide with its part, title, caption and notes', () => {
    const withPart = updateSlide(deck, 1, { part: 'CNY billion' });
    const { slides, broken } = decodeDeck(encodeDeck(withPart));
    expect(broken).toEqual([]);
    expect(slides.map((s) => s.slide)).toEqual(withPart);
    expect(encodeDeck(withPart)).toMatch(/^z\.[A-Za-z0-9_.-]+$/);
  });

  it('fits a deck of twelve titled slides, and one of twenty with notes, in a link', () => {
    const twelve = Array.from({ length: 12 }, (_, i) =>
      makeSlide(
        `?view=compare&ind=gdp,gdp_share_national_pct,trade_share_national_pct&from=${2000 + i}&to=2024`,
        {
          part: '%',
          title: `Slide ${i + 1}: the zones' share of national trade keeps rising`,
          caption: 'Statistics releases and assessments, as published',
        },
      ),
    );
    expect(encodeDeck(twelve).length).toBeLessThan(MAX_DECK_LENGTH / 4);
    const twenty = Array.from({ length: MAX_SLIDES }, (_, i) =>
      makeSlide(`?view=policies&doc=CN-MOFCOM-2025-132&q=trade${i}`, {
        title: `Policies ${i}`,
        notes: `Remind the audience that measure headings are summaries, not the document's own words (${i}).`,
      }),
    );
    const link = toSearch({ ...parseSearch('').state, present: 0, deck: twenty });
    const back = parseSearch(link);
    expect(back.ignored).toEqual([]);
    expect(back.state.deck).toEqual(twenty);
  });

  it("still opens the old form of deck links (each slide's query, comma-separated)", () => {
    const old = '?present=2&deck=view%253Dgrowth%2Cview%253Dcompare%2526ind%253Dgdp&lang=en';
    const { state, ignored } = parseSearch(old);
    expect(ignored).toEqual([]);
    expect(searches(state.deck ?? [])).toEqual(['?view=growth', '?view=compare&ind=gdp']);
    expect(state).toMatchObject({ present: 1, view: 'compare', lang: 'en' });
    expect(decodeDeck('%E0%A4%A,view%3Dgrowth')).toEqual({
      slides: [{ slide: makeSlide('?view=growth'), position: 2 }],
      broken: [{ position: 1, text: '%E0%A4%A' }],
    });
  });

  it('reads a deck slide by slide: a bad slide is named and dropped, the others stay', () => {
    const packed = [
      ['view=growth', '', 'Forty years'],
      ['view=nowhere', '', 'Broken view'],
      ['view=compare&lang=en'],
      'not a slide',
      ['present=2'],
      ['view=compare&ind=gdp', '', 'x'.repeat(TEXT_LIMITS.title + 1)],
      ['view=sources', 'gdp|2023|FY|national'],
    ];
    const raw = `z.${compressToEncodedURIComponent(JSON.stringify(packed)).replace(/\+/g, '_').replace(/\$/g, '.')}`;
    const { deck: read, unreadable } = readDeck(raw);
    expect(read).toEqual([
      makeSlide('?view=growth', { title: 'Forty years' }),
      makeSlide('?view=sources', { part: 'gdp|2023|FY|national' }),
    ]);
    expect(unreadable.map((u) => u.position)).toEqual([2, 3, 4, 5, 6]);
    expect(unreadable[0]?.label).toBe('Broken view');
    const { state, ignored } = parseSearch(`?present=1&deck=${raw}`);
    expect(state.deck).toEqual(read);
    expect(ignored.map((i) => i.reason)).toEqual(Array(5).fill('badSlide'));
    expect(ignored[0]?.value).toBe('2: Broken view');
  });

  it('falls back safely from a malformed deck or slide number', () => {
    expect(parseSearch('?present=1&deck=%E0%A4%A').state).toMatchObject({
      deck: null,
      present: 0,
      view: 'overview',
    });
    expect(parseSearch('?present=1&deck=z.garbage').state).toMatchObject({ deck: null, present: 0 });
    expect(parseSearch('?present=99')).toMatchObject({
      state: { present: 0 },
      ignored: [expect.objectContaining({ name: 'present', reason: 'noSuchSlide' })],
    });
    expect(parseSearch('?present=two')).toMatchObject({
      state: { present: 0 },
      ignored: [expect.objectContaining({ name: 'present', reason: 'unknownValue' })],
    });
    expect(parseSearch(`?deck=${'x'.repeat(MAX_DECK_LENGTH + 1)}`).ignored).toEqual([
      expect.objectContaining({ name: 'deck', reason: 'tooLong' }),
    ]);
  });

  it('reproduces a presented slide of a custom deck from the link, and leaves the default deck out', () => {
    const search = toSearch({ ...parseSearch('').state, present: 1, deck, lang: 'en' });
    const { state, ignored } = parseSearch(search);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ present: 1, deck, view: 'compare', lang: 'en', compare: { ind: ['gdp'] } });
    expect(toSearch({ ...parseSearch('').state, present: 0, deck: DEFAULT_DECK, lang: null })).toBe(
      '?present=1',
    );
    expect(parseSearch('?present=2').state).toMatchObject({ present: 1, deck: null, view: 'growth' });
  });
});
