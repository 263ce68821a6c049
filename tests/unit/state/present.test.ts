import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK } from '../../../src/state/deck';
import { startUrlSync } from '../../../src/state/history';
import { loadKeptDeck } from '../../../src/state/keptDeck';
import { useAppStore } from '../../../src/state/store';

const store = () => useAppStore.getState();

describe('presentation mode in the store', () => {
  it('shows each slide with its state and returns to where the presenter was', () => {
    store().setView('sources');
    store().startPresenting();
    expect(store()).toMatchObject({ present: 0, view: 'growth' });
    store().goToSlide(1);
    expect(store()).toMatchObject({
      present: 1,
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
    store().goToSlide(3);
    expect(store()).toMatchObject({
      lang: 'zh',
      present: 3,
      view: 'compare',
      compare: { ind: ['zone_count', 'gdp'], reg: ['east', 'central', 'west', 'northeast'] },
    });
  });

  it('adds the current view after the current slide and keeps the deck in storage', () => {
    store().navigate({ view: 'growth', growth: { ...store().growth, year: 2010 } });
    store().addCurrentSlide();
    expect(store().deck.at(-1)).toBe('?view=growth&year=2010');
    expect(loadKeptDeck()).toEqual(store().deck);
  });

  it('writes the slide number into the address bar and reads it back', () => {
    const stop = startUrlSync();
    store().startPresenting(2);
    expect(window.location.search).toBe(`?present=3&lang=${store().lang}`);
    stop();
    useAppStore.setState({ present: null });
    window.history.replaceState(null, '', '/?present=2&lang=en');
    const again = startUrlSync();
    expect(store()).toMatchObject({ present: 1, view: 'compare', lang: 'en' });
    again();
  });

  it('presents a kept deck and puts it in the link', () => {
    store().setDeck(['?view=sources', '?view=policies']);
    useAppStore.setState({ deck: DEFAULT_DECK });
    const stop = startUrlSync();
    expect(store().deck).toEqual(['?view=sources', '?view=policies']);
    store().startPresenting(1);
    expect(window.location.search).toContain('deck=');
    expect(store().view).toBe('policies');
    stop();
  });
});
