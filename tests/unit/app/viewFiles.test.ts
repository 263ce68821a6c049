import { afterEach, describe, expect, it, vi } from 'vitest';

// The module keeps the page's lists once read: a fresh copy per test.
const load = async () => {
  vi.resetModules();
  return import('../../../src/app/viewFiles');
};
const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

describe('a view opened later', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('starts every file the page lists for it at once, each once', async () => {
    document.head.innerHTML = `<link rel="modulepreload" href="/assets/shared.js"><script type="application/json" id="shell-hints">${JSON.stringify(
      {
        always: [],
        lang: {},
        view: { sources: ['/assets/SourcesView.js', '/assets/shared.js', '/assets/figures.js'] },
        viewLang: {},
      },
    )}</script>`;
    const { preloadViewFiles } = await load();
    preloadViewFiles('sources');
    preloadViewFiles('sources');
    expect(preloads()).toEqual(['/assets/shared.js', '/assets/SourcesView.js', '/assets/figures.js']);
    expect(document.head.querySelector('link[href="/assets/figures.js"]')?.getAttribute('crossorigin')).toBe(
      '',
    );
    preloadViewFiles('compare');
    expect(preloads()).toHaveLength(3);
  });

  it('leaves the view the page started to the page', async () => {
    document.head.innerHTML = `<script type="application/json" id="shell-hints" data-view="sources">${JSON.stringify(
      {
        always: [],
        lang: {},
        view: { sources: ['/assets/SourcesView.js'], zones: ['/assets/ZonesView.js'] },
        viewLang: {},
      },
    )}</script>`;
    const { preloadViewFiles } = await load();
    preloadViewFiles('sources');
    expect(preloads()).toEqual([]);
    preloadViewFiles('zones');
    expect(preloads()).toEqual(['/assets/ZonesView.js']);
  });

  it('leaves loading to the imports where the page lists nothing (the dev server) or the list is broken', async () => {
    let { preloadViewFiles } = await load();
    preloadViewFiles('sources');
    expect(preloads()).toEqual([]);
    document.head.innerHTML = '<script type="application/json" id="shell-hints">{"view":</script>';
    ({ preloadViewFiles } = await load());
    expect(() => preloadViewFiles('sources')).not.toThrow();
    expect(preloads()).toEqual([]);
  });
});
