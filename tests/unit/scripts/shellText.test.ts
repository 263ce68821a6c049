import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shellChoice, startFiles, type StartHints } from '../../../scripts/build/shellChoice';
import { readFileSync } from 'node:fs';
import {
  firstFrameProblem,
  HINTS_ID,
  scriptHash,
  shellBrands,
  shellData,
  shellFacts,
  shellScript,
  shellTemplates,
  shellTexts,
} from '../../../scripts/build/shellText';
import { initialLanguage } from '../../../src/state/history';
import { parseSearch } from '../../../src/state/url';

const ROOT = join(import.meta.dirname, '../../..');
const facts = shellFacts(ROOT);
const COUNTS = { sources: 156 };

const SEARCHES = [
  '',
  '?view=compare',
  '?view=policies&lang=en',
  '?view=sources&lang=zh',
  '?view=nope&lang=en',
  '?view=growth&view=compare',
  '?lang=fr',
  '?lang=EN',
  '?lang=cimode&view=compare',
  '?lang=en-XA',
  `?lang=${'e'.repeat(501)}&lang=en`,
  `?view=${'c'.repeat(501)}&view=rankings&lang=zh`,
  '?view=compare&present=2',
  '?embed=1&view=growth',
  '?deck=abc',
  '?view=compare&lang=en&ind=gdp,fdi_actual_usd&reg=east',
];
const STORED = [null, 'en', 'zh', 'en-XA', 'xx'];
const PREFERRED = [[], ['en-US', 'zh-CN'], ['fr-FR', 'ZH-tw'], ['de']];

/** What the app shows at start, by its own code: null where it shows no view's header. */
function appChoice(search: string) {
  const params = new URLSearchParams(search);
  if (['present', 'deck', 'embed'].some((p) => params.has(p))) return null;
  const lng = initialLanguage(search);
  return facts.written.includes(lng) ? { view: parseSearch(search).state.view, lng } : null;
}

describe('the page before the app', () => {
  afterEach(() => localStorage.clear());

  it('chooses the view and the language exactly as the app does', () => {
    for (const stored of STORED)
      for (const preferred of PREFERRED) {
        if (stored === null) localStorage.clear();
        else localStorage.setItem('etdz.lang', stored);
        vi.spyOn(navigator, 'languages', 'get').mockReturnValue(preferred);
        for (const search of SEARCHES)
          expect(
            shellChoice(search, '', stored, preferred, facts),
            `${search} ${stored} ${preferred}`,
          ).toEqual(appChoice(search));
      }
  });

  it('leaves the loading bars for the translation status page and the presenter window', () => {
    expect(shellChoice('?lang=en', '#translations', null, [], facts)).toBeNull();
    expect(shellChoice('?lang=en', '#presenter', null, [], facts)).toBeNull();
    expect(shellChoice('?lang=en', '#main', null, [], facts)).toEqual({ view: 'overview', lng: 'en' });
  });

  it('puts the chosen view’s heading and lead, from locales/, where the script stands', async () => {
    document.body.innerHTML = `<main><p role="status"></p>${shellData(facts, shellTexts(ROOT, COUNTS), shellBrands(ROOT))}</main>`;
    window.history.replaceState(null, '', '/?view=compare&lang=en');
    new Function(await shellScript(ROOT))();
    expect(document.querySelector('main > :nth-child(2)')?.outerHTML).toBe(
      '<header class="view-header" data-shell-view="compare"><p class="view-title">Compare indicators</p><p class="lead">Pick indicators, regions and years to see them as a chart and a table. Every figure is as its source states it: gaps stay gaps, and where sources disagree every figure is shown with its source.</p></header>',
    );
    expect(document.documentElement.lang).toBe('en');
  });

  it('states the dataset’s count in Sources’ lead, in the plural form the app uses', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'locales/en/common.json'), 'utf8')).sources;
    const zh = JSON.parse(readFileSync(join(ROOT, 'locales/zh/common.json'), 'utf8')).sources;
    const lead = (count: number, lng: 'en' | 'zh') => shellTexts(ROOT, { sources: count })[lng]?.sources?.[1];
    expect(lead(156, 'en')).toBe(en.lead_other.replace('{{count}}', '156'));
    expect(lead(1, 'en')).toBe(en.lead_one.replace('{{count}}', '1'));
    expect(lead(156, 'zh')).toBe(zh.lead_other.replace('{{count}}', '156'));
    expect(shellTexts(ROOT, COUNTS).en?.sources?.[0]).toBe('Sources');
  });

  it('words the masthead in the chosen language, as the shell does, also where no header is pre-written', async () => {
    const masthead =
      '<div class="masthead__brand"><p lang="zh">国家级经济技术开发区</p><p lang="en">China’s</p></div>';
    const page = `${masthead}<main>${shellData(facts, shellTexts(ROOT, COUNTS), shellBrands(ROOT))}</main>`;
    const en = JSON.parse(readFileSync(join(ROOT, 'locales/en/common.json'), 'utf8')).app;
    const zh = JSON.parse(readFileSync(join(ROOT, 'locales/zh/common.json'), 'utf8')).app;
    for (const [search, app] of [
      ['/?view=sources&lang=en', en],
      ['/?view=compare&lang=zh', zh],
    ]) {
      document.body.innerHTML = page;
      window.history.replaceState(null, '', search);
      new Function(await shellScript(ROOT))();
      const brand = document.querySelector('.masthead__brand')!;
      expect(brand.innerHTML, search).toBe(
        `<p class="masthead__title">${app.title}</p><p class="masthead__subtitle">${app.subtitle}</p>`,
      );
    }
    // A page the app shows without the view's header (a presentation) keeps the page's own masthead.
    document.body.innerHTML = page;
    window.history.replaceState(null, '', '/?present=1&lang=en');
    new Function(await shellScript(ROOT))();
    expect(document.querySelector('.masthead__brand')!.outerHTML).toBe(masthead);
  });

  it('is allowed by the Content-Security-Policy of index.html, by its hash', async () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync(join(ROOT, 'index.html'), 'utf8'),
    )?.[1];
    expect(policy).toContain(`script-src 'self' ${scriptHash(await shellScript(ROOT))};`);
  });

  it('preloads what the address needs: the dataset, the language’s texts, the view’s texts, code and data', () => {
    const hints: StartHints = {
      always: ['/core.js'],
      lang: { zh: ['/common-zh.js'], en: ['/common-en.js'] },
      view: { sources: ['/SourcesView.js', '/figures.js'], overview: ['/OverviewView.js'] },
      viewLang: { sources: { zh: ['/export-zh.js'], en: ['/export-en.js'] } },
    };
    const files = (search: string, hash = '', stored: string | null = null, preferred = ['zh-CN']) =>
      startFiles(search, hash, stored, preferred, facts, hints).files;
    expect(startFiles('?view=sources&lang=en', '', null, [], facts, hints).view).toBe('sources');
    expect(startFiles('?view=sources&present=1', '', null, [], facts, hints).view).toBeNull();
    expect(files('?view=sources&lang=en')).toEqual([
      '/core.js',
      '/common-en.js',
      '/export-en.js',
      '/SourcesView.js',
      '/figures.js',
    ]);
    // The language as the app chooses it: an earlier choice, then the browser's.
    expect(files('?view=sources', '', 'en')).toContain('/export-en.js');
    expect(files('', '', null, ['en-GB'])).toEqual(['/core.js', '/common-en.js', '/OverviewView.js']);
    expect(files('')).toEqual(['/core.js', '/common-zh.js', '/OverviewView.js']);
    // No view's files where the app shows no view: a presentation, the translation status page.
    expect(files('?view=sources&present=1&lang=en')).toEqual(['/core.js', '/common-en.js']);
    expect(files('?view=sources&lang=en', '#translations')).toEqual(['/core.js', '/common-en.js']);
  });

  it('starts the preloads once the first frame is drawn, not before', async () => {
    document.head.innerHTML = `<script type="application/json" id="${HINTS_ID}">${JSON.stringify({
      always: ['/assets/core.js'],
      lang: { en: ['/assets/common-en.js'] },
      view: {},
      viewLang: {},
    })}</script>`;
    // The browser's paint timing, played by hand: the first frame is drawn when the test says so.
    let painted: (() => void) | null = null;
    class Paints {
      static supportedEntryTypes = ['paint'];
      constructor(private readonly callback: (list: unknown, observer: Paints) => void) {}
      observe(options: { type: string }) {
        if (options.type === 'paint') painted = () => this.callback([], this);
      }
      disconnect() {
        painted = null;
      }
    }
    vi.stubGlobal('PerformanceObserver', Paints);
    document.body.innerHTML = `<main>${shellData(facts, shellTexts(ROOT, COUNTS), shellBrands(ROOT))}</main>`;
    window.history.replaceState(null, '', '/?view=compare&lang=en');
    new Function(await shellScript(ROOT))();
    const preloads = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => [
        l.getAttribute('href'),
        l.getAttribute('crossorigin'),
      ]);
    expect(preloads()).toEqual([]);
    // Which view's files the page starts, for the app (src/app/viewFiles.ts).
    expect(document.getElementById(HINTS_ID)?.dataset.view).toBe('compare');
    expect(painted).not.toBeNull();
    painted!();
    expect(preloads()).toEqual([
      ['/assets/core.js', ''],
      ['/assets/common-en.js', ''],
    ]);
    // Once only, though the first paint and the first contentful paint may come apart.
    expect(painted).toBeNull();
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  it('holds the first frame of index.html until the script has put the heading in place', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    expect(firstFrameProblem(html)).toBeNull();
    expect(firstFrameProblem(html.replace(/<link\s+rel="expect"[^>]*>/, ''))).toMatch(/rel="expect"/);
    // A target before the script would let the frame through before the heading is there.
    const early = html
      .replace(' id="shell-chosen"', '')
      .replace('<main id="main"', '<main id="main" data-x id="shell-chosen"');
    expect(firstFrameProblem(early)).toMatch(/must come after/);
  });

  it('escapes what the texts hold', () => {
    expect(shellTemplates({ en: { overview: ['A & B', '<b>"x"</b>'] } })).toContain(
      '<p class="view-title">A &amp; B</p><p class="lead">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>',
    );
  });
});
