import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { compareLink } from '../../../src/state/params/compare';
import { initialLanguage, preferredLanguage, startUrlSync } from '../../../src/state/history';

describe('store and address bar', () => {
  it('reads the URL at start, reports what it ignored, and writes the language back', () => {
    window.history.replaceState(null, '', '/?view=sources&lang=en&bogus=1');
    const stop = startUrlSync();
    const state = useAppStore.getState();
    expect(state.view).toBe('sources');
    expect(state.lang).toBe('en');
    expect(state.notices).toEqual([
      expect.objectContaining({ kind: 'ignoredParam', param: expect.objectContaining({ name: 'bogus' }) }),
    ]);
    expect(window.location.search).toBe('?view=sources&lang=en');
    stop();
  });

  it('pushes a history entry for a new view and replaces it for a filter change, after its frame', async () => {
    const stop = startUrlSync();
    const before = window.history.length;
    useAppStore.getState().setView('compare');
    expect(window.history.length).toBe(before + 1);
    useAppStore.getState().setCompare({ from: 2006 });
    // Not in the same task: the frame that shows the change comes first.
    expect(window.location.search).not.toContain('from=2006');
    await waitFor(() => expect(window.location.search).toContain('from=2006'));
    expect(window.history.length).toBe(before + 1);
    stop();
  });

  it('gives the entry being left its last filters when a new view follows a filter change at once', () => {
    const stop = startUrlSync();
    useAppStore.getState().setView('compare');
    const before = window.history.length;
    useAppStore.getState().setCompare({ from: 2007 });
    useAppStore.getState().setView('growth');
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toContain('view=growth');
    window.history.back();
    return waitFor(() => expect(window.location.search).toContain('from=2007')).finally(stop);
  });

  it('writes a pending filter change when the syncing stops (the page is left)', () => {
    const stop = startUrlSync();
    useAppStore.getState().setView('compare');
    useAppStore.getState().setCompare({ from: 2008 });
    stop();
    expect(window.location.search).toContain('from=2008');
  });

  it('follows back and forward', async () => {
    const stop = startUrlSync();
    useAppStore.getState().setView('compare');
    const lang = useAppStore.getState().lang;
    const other = lang === 'en' ? 'zh' : 'en';
    window.history.replaceState(null, '', `/?view=growth&lang=${other}&year=2010`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    // The view and its filters come back; the language stays the user's current choice.
    expect(useAppStore.getState()).toMatchObject({ view: 'growth', growth: { year: 2010 }, lang });
    await waitFor(() => expect(window.location.search).toBe(`?view=growth&lang=${lang}&year=2010`));
    stop();
  });

  it('remembers the language choice', () => {
    const stop = startUrlSync();
    const other = useAppStore.getState().lang === 'en' ? 'zh' : 'en';
    useAppStore.getState().setLang(other);
    expect(localStorage.getItem('etdz.lang')).toBe(other);
    expect(preferredLanguage()).toBe(other);
    stop();
  });

  it('gives i18next and the store the same first language, whichever of the two starts first', () => {
    localStorage.setItem('etdz.lang', 'en');
    window.history.replaceState(null, '', '/?view=sources');
    const beforeSync = initialLanguage();
    const stop = startUrlSync();
    expect(beforeSync).toBe('en');
    expect(useAppStore.getState().lang).toBe('en');
    expect(initialLanguage()).toBe('en');
    stop();
    // The link's own language wins over the remembered choice.
    window.history.replaceState(null, '', '/?lang=zh');
    expect(initialLanguage()).toBe('zh');
  });

  it('navigates to another view with a preset, the way features link to each other', () => {
    useAppStore
      .getState()
      .navigate({ view: 'compare', compare: compareLink({ ind: ['gdp'], reg: ['national'] }) });
    expect(useAppStore.getState()).toMatchObject({ view: 'compare', compare: { ind: ['gdp'] } });
  });
});
