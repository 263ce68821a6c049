import { compressToEncodedURIComponent } from 'lz-string';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDeckCodec } from '../../../src/state/deckCodec';
import { DEFAULT_DECK, makeSlide, type Deck } from '../../../src/state/deck';
import { startUrlSync } from '../../../src/state/history';
import { loadKeptDeck, saveKeptDeck } from '../../../src/state/keptDeck';
import { useAppStore } from '../../../src/state/store';

// The deck's save waits for its codec when it has not arrived (deckCodec.test.ts); here it is loaded up front.
beforeAll(() => loadDeckCodec());

const store = () => useAppStore.getState();
const compact = (packed: unknown) =>
  `z.${compressToEncodedURIComponent(JSON.stringify(packed)).replace(/\+/g, '_').replace(/\$/g, '.')}`;

/** What a browser does when storage is full or refused (private mode, quota). */
function refuseStorage() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('presentation mode in the store', () => {
  it('shows each slide with its state and returns to where the presenter was', () => {
    store().setView('sources');
    store().startPresenting();
    expect(store()).toMatchObject({ present: 0, view: 'overview' });
    store().goToSlide(2);
    expect(store()).toMatchObject({
      present: 2,
      view: 'compare',
      compare: { ind: ['gdp', 'gdp_share_national_pct'], from: 2006, to: 2024 },
    });
    store().goToSlide(99);
    expect(store().present).toBe(DEFAULT_DECK.length - 1);
    store().stopPresenting();
    expect(store()).toMatchObject({ present: null, view: 'sources' });
  });

  it('keeps the language when the slide changes', () => {
    store().setLang('en');
    store().startPresenting(2);
    store().setLang('zh');
    store().goToSlide(4);
    expect(store()).toMatchObject({
      lang: 'zh',
      present: 4,
      view: 'compare',
      compare: { ind: ['zone_count', 'gdp'], reg: ['east', 'central', 'west', 'northeast'] },
    });
  });

  it('adds the current view after the current slide and keeps the deck in storage', () => {
    store().navigate({ view: 'growth', growth: { ...store().growth, year: 2010 } });
    store().addCurrentSlide();
    expect(store().deck.at(-1)).toEqual(makeSlide('?view=growth&year=2010'));
    expect(loadKeptDeck()).toEqual({ deck: store().deck, unreadable: [] });
    expect(store().deckOrigin).toBe('kept');
  });

  it('writes the slide number into the address bar and reads it back', () => {
    const stop = startUrlSync();
    store().startPresenting(2);
    expect(window.location.search).toBe(`?present=3&lang=${store().lang}`);
    stop();
    useAppStore.setState({ present: null });
    window.history.replaceState(null, '', '/?present=3&lang=en');
    const again = startUrlSync();
    expect(store()).toMatchObject({ present: 2, view: 'compare', lang: 'en' });
    again();
  });

  it('presents a kept deck and puts it in the link', () => {
    store().setDeck([makeSlide('?view=sources', { title: 'Who says so' }), makeSlide('?view=policies')]);
    useAppStore.setState({ deck: DEFAULT_DECK });
    const stop = startUrlSync();
    expect(store().deck).toEqual([
      makeSlide('?view=sources', { title: 'Who says so' }),
      makeSlide('?view=policies'),
    ]);
    store().startPresenting(1);
    expect(window.location.search).toMatch(/deck=z\./);
    expect(store().view).toBe('policies');
    stop();
  });
});

describe('the deck kept in this browser', () => {
  const titled: Deck = Array.from({ length: 12 }, (_, i) =>
    makeSlide(`?view=policies&doc=CN-MOFCOM-2025-132&q=${'measure'.repeat(10)}${i}`, {
      title: `A long title for slide ${i + 1}, the way presenters write them`,
      // Words that do not repeat, so the stored deck is long even compressed.
      notes: Array.from({ length: 150 }, (_, j) => ((i * 7919 + j * 104729) % 1000003).toString(36)).join(
        ' ',
      ),
    }),
  );

  it('is stored whole and read back whole, however long (no link limit applies)', () => {
    expect(saveKeptDeck(titled)).toBe('saved');
    expect(localStorage.getItem('etdz.deck.v2')?.length).toBeGreaterThan(4000);
    expect(loadKeptDeck()).toEqual({ deck: titled, unreadable: [] });
  });

  it('reads a deck kept before titles existed, and moves it to the new key on the next save', () => {
    localStorage.setItem('etdz.deck', 'view%3Dsources,view%3Dgrowth%26year%3D2010');
    const kept = loadKeptDeck();
    expect(kept?.deck).toEqual([makeSlide('?view=sources'), makeSlide('?view=growth&year=2010')]);
    saveKeptDeck(kept?.deck ?? []);
    expect(localStorage.getItem('etdz.deck')).toBeNull();
    expect(loadKeptDeck()?.deck).toEqual(kept?.deck);
  });

  it('drops an unreadable slide with a notice naming it, keeps the others, and keeps a copy of what was stored', () => {
    const raw = compact([
      ['view=sources', '', 'Who says so'],
      ['view=nowhere', '', 'My broken slide'],
      ['view=growth'],
    ]);
    localStorage.setItem('etdz.deck.v2', raw);
    const stop = startUrlSync();
    expect(store().deck).toEqual([
      makeSlide('?view=sources', { title: 'Who says so' }),
      makeSlide('?view=growth'),
    ]);
    expect(store().notices).toEqual([
      expect.objectContaining({ kind: 'keptSlideDropped', position: 2, label: 'My broken slide' }),
    ]);
    expect(localStorage.getItem('etdz.deck.unreadable')).toBe(raw);
    stop();
  });

  it('tells the presenter when the browser refuses to keep the deck, and overwrites nothing kept before', () => {
    store().setDeck([makeSlide('?view=sources', { title: 'Kept' })]);
    const before = localStorage.getItem('etdz.deck.v2');
    const refused = refuseStorage();
    store().setDeck([makeSlide('?view=growth', { title: 'Not kept' })]);
    store().setDeck([makeSlide('?view=growth', { title: 'Still not kept' })]);
    refused.mockRestore();
    expect(localStorage.getItem('etdz.deck.v2')).toBe(before);
    expect(store().deck[0]?.title).toBe('Still not kept');
    expect(store().deckSaveFailed).toBe(true);
    expect(store().notices.filter((n) => n.kind === 'deckNotSaved')).toHaveLength(1);
    // Once the browser keeps it again, the warning goes.
    store().setDeck([makeSlide('?view=growth', { title: 'Kept again' })]);
    expect(store().deckSaveFailed).toBe(false);
    expect(store().notices.filter((n) => n.kind === 'deckNotSaved')).toHaveLength(0);
    expect(loadKeptDeck()?.deck[0]?.title).toBe('Kept again');
  });

  it("opens a link's deck without keeping it until the presenter edits it", () => {
    store().setDeck([makeSlide('?view=sources', { title: 'Mine' })]);
    window.history.replaceState(null, '', `/?present=1&deck=${compact([['view=growth', '', 'Theirs']])}`);
    const stop = startUrlSync();
    expect(store()).toMatchObject({ deckOrigin: 'link', present: 0, view: 'growth' });
    expect(loadKeptDeck()?.deck[0]?.title).toBe('Mine');
    stop();
  });
});
