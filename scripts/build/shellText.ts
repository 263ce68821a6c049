/**
 * Vite plugin: the page the server sends already shows the view's heading and lead in the reader's
 * language, as pre-rendered sites do, so the largest text of the first screen paints with the first
 * paint instead of after the app's code, texts and data (Lighthouse, mobile: the lead was the largest
 * paint of every view, 85–89 % of its time waiting for scripts). index.html gets one <template> per view
 * and complete language, written from locales/, the facts the choice needs (as JSON data), and a small
 * inline script that picks a template as the app would (shellChoice.ts) and puts it where the loading
 * bars were. React then draws the same text in the same place (ViewSkeleton, then the view).
 *
 * The script is inline so that nothing is fetched before the text can paint (an external one held the
 * paint until it had arrived, and Lighthouse counted every download started meanwhile into the largest
 * paint). The Content-Security-Policy allows it by its hash, which index.html and the README state; the
 * script's text depends on code only (texts and languages are in the page), and the build stops when the
 * policy does not name its hash.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { minifySync, transformWithOxc, type Plugin } from 'vite';
import type { DatasetCounts } from './compiledData';
import { VIEW_HEADINGS } from './viewHeadings';
import {
  COMPLETE_LANGUAGES,
  DEFAULT_LANGUAGE,
  LANGUAGE_CODE,
  TOOL_LANGUAGES,
} from '../../src/i18n/constants';
import { MAX_PARAM_LENGTH } from '../../src/state/params/codec';
import { DEFAULT_VIEW, VIEWS } from '../../src/state/views';
import type { ShellFacts } from './shellChoice';

/** Where index.html wants the templates and the script. */
export const SHELL_MARK = '<!-- shell-text -->';
/** Where preloadHints.ts puts the files each address needs (a JSON block in the head). */
export const HINTS_ID = 'shell-hints';
/** Keep in step with src/state/history.ts (the unit test runs the script against it). */
const LANG_KEY = 'etdz.lang';

type Texts = Record<string, Record<string, [title: string, lead: string]>>;
/** Each complete language's masthead: the app's title and subtitle. */
type Brands = Record<string, [title: string, subtitle: string]>;

/**
 * A language's texts as the app words them: i18next itself, with the app's options (src/i18n/setup.ts),
 * on the files of locales/<lng>/ — so a plural form and `{{count}}` come out as on screen.
 */
function localeTexts(root: string, lng: string, keys: readonly string[]) {
  const namespaces = [...new Set(keys.map((key) => key.split(':')[0] ?? ''))];
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    initAsync: false,
    resources: {
      [lng]: Object.fromEntries(
        namespaces.map((ns) => [
          ns,
          JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8')),
        ]),
      ),
    },
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return (key: string, count?: number): string => {
    const options = count === undefined ? {} : { count };
    if (!instance.exists(key, options)) {
      const [ns = '', path = ''] = key.split(':');
      throw new Error(`shell text: locales/${lng}/${ns}.json lacks ${path}`);
    }
    // By a key read from a table, not one the app's typed keys know.
    return (instance.t as (key: string, options: object) => string)(key, options);
  };
}

/** Each complete language's heading and lead of each view that has them, from locales/ and the dataset's counts. */
export function shellTexts(root: string, counts: DatasetCounts): Texts {
  const texts: Texts = {};
  const headings = Object.entries(VIEW_HEADINGS);
  for (const lng of COMPLETE_LANGUAGES) {
    const t = localeTexts(
      root,
      lng,
      headings.flatMap(([, keys]) => [keys.title, keys.lead]),
    );
    texts[lng] = {};
    for (const [view, keys] of headings)
      texts[lng][view] = [t(keys.title), t(keys.lead, keys.count && counts[keys.count])];
  }
  return texts;
}

/** The masthead's title and subtitle in each complete language, as the shell (src/app/Shell.tsx) words it. */
export function shellBrands(root: string): Brands {
  const keys = ['common:app.title', 'common:app.subtitle'] as const;
  return Object.fromEntries(
    COMPLETE_LANGUAGES.map((lng) => {
      const t = localeTexts(root, lng, keys);
      return [lng, [t(keys[0]), t(keys[1])]];
    }),
  );
}

export function shellFacts(root: string): ShellFacts {
  const found = readdirSync(join(root, 'locales')).filter((d) => LANGUAGE_CODE.test(d));
  const complete: readonly string[] = COMPLETE_LANGUAGES;
  return {
    views: VIEWS,
    defaultView: DEFAULT_VIEW,
    languages: [...complete.filter((l) => found.includes(l)), ...found.filter((l) => !complete.includes(l))],
    toolLanguages: TOOL_LANGUAGES,
    defaultLanguage: DEFAULT_LANGUAGE,
    written: COMPLETE_LANGUAGES,
    maxParamLength: MAX_PARAM_LENGTH,
    otherModes: ['present', 'deck', 'embed'],
    otherHashes: ['#translations', '#presenter'],
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The templates index.html carries: a view's header, its title a paragraph styled as the heading until
 * the app draws the heading itself (there is no page to navigate by headings before then).
 */
export function shellTemplates(texts: Texts): string {
  return Object.entries(texts)
    .flatMap(([lng, views]) =>
      Object.entries(views).map(
        ([view, [title, lead]]) =>
          `<template data-shell="${view} ${lng}"><header class="view-header" data-shell-view="${view}"><p class="view-title">${escape(title)}</p><p class="lead">${escape(lead)}</p></header></template>`,
      ),
    )
    .join('\n');
}

/** The masthead's words per language, to replace the page's own (one line in each language). */
export function brandTemplates(brands: Brands): string {
  return Object.entries(brands)
    .map(
      ([lng, [title, subtitle]]) =>
        `<template data-shell-brand="${lng}"><p class="masthead__title">${escape(title)}</p><p class="masthead__subtitle">${escape(subtitle)}</p></template>`,
    )
    .join('\n');
}

/** The page's part: the facts, then the templates. */
export function shellData(facts: ShellFacts, texts: Texts, brands: Brands): string {
  // "<" escaped so that no text can close the data block.
  const json = JSON.stringify(facts).replace(/</g, '\\u003c');
  return `<script type="application/json" id="shell-facts">${json}</script>\n${brandTemplates(brands)}\n${shellTemplates(texts)}`;
}

/**
 * The script: chooses, words the masthead in the chosen language (the page's own is one line in each),
 * then puts the chosen header where it stands, before the loading bars, which then hide (styles.css). It runs before the bars are parsed: a frame drawn between the two would show the bars
 * and then move what is below them (it runs only once the stylesheet has arrived, and the page may be
 * drawn meanwhile). Made
 * from shellChoice.ts's own text, not from the function loaded here: how a tool loaded it (names it
 * keeps, helpers it adds) must not change the script, or its hash.
 */
export async function shellScript(root: string): Promise<string> {
  const file = join(root, 'scripts/build/shellChoice.ts');
  const { code: choice } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  const source = `(() => {
  ${choice.replace(/^export /gm, '')}
  const data = document.getElementById('shell-facts');
  if (!data) return;
  let stored = null;
  try { stored = localStorage.getItem(${JSON.stringify(LANG_KEY)}); } catch {}
  const facts = JSON.parse(data.textContent);
  const preferred = navigator.languages || [navigator.language];
  const hints = document.getElementById(${JSON.stringify(HINTS_ID)});
  const { files, view } = hints ? startFiles(location.search, location.hash, stored, preferred, facts, JSON.parse(hints.textContent)) : { files: [] };
  // Which view's files the page starts: the app starts only those of a view opened later (viewFiles.ts).
  if (view) hints.dataset.view = view;
  // Once the first frame is on screen: starting some fifty downloads held that frame by tens of milliseconds.
  // Where the browser does not report paints, the app's own code starts them.
  const paints = window.PerformanceObserver;
  if (files.length && paints && (paints.supportedEntryTypes || []).includes('paint'))
    new paints((_, observer) => {
      observer.disconnect();
      for (const href of files)
        document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: '', href }));
    }).observe({ type: 'paint' });
  const choice = shellChoice(location.search, location.hash, stored, preferred, facts);
  if (!choice) return;
  document.documentElement.lang = choice.lng;
  const brand = document.querySelector('template[data-shell-brand="' + choice.lng + '"]');
  const masthead = document.querySelector('.masthead__brand');
  if (brand && masthead) masthead.replaceChildren(brand.content.cloneNode(true));
  const template = document.querySelector('template[data-shell="' + choice.view + ' ' + choice.lng + '"]');
  if (template) data.before(template.content.cloneNode(true));
})();`;
  const { code, errors } = minifySync('shell.js', source);
  if (errors.length) throw new Error(`shell text: ${errors.map((e) => e.message).join('; ')}`);
  return code.trim();
}

/**
 * What is wrong, if anything, with how index.html holds its first frame until the script has put the
 * view's header in place. The script waits for the stylesheet (a script after a loading stylesheet does),
 * and the browser may draw a frame in between: the bare masthead first, the heading a frame later, which
 * made the heading the largest paint instead of the first. `<link rel="expect" blocking="render">` naming
 * an element after the script keeps rendering until the parser has passed it.
 */
export function firstFrameProblem(html: string): string | null {
  const head = html.slice(0, html.indexOf('</head>'));
  const target = /<link\s+rel="expect"\s+href="#([\w-]+)"\s+blocking="render"/.exec(head)?.[1];
  if (!target)
    return 'index.html must hold its first frame for the shell script: <link rel="expect" href="#…" blocking="render"> in the head';
  const at = html.indexOf(`id="${target}"`);
  if (at < html.indexOf(SHELL_MARK))
    return `the element the first frame waits for (#${target}) must come after ${SHELL_MARK}`;
  return null;
}

/** The script's CSP source expression. */
export const scriptHash = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** `counts`: what the dataset counts, read when the page is written (compiledData.ts). */
export function shellText(root: string, counts: () => DatasetCounts): Plugin {
  return {
    name: 'etdz:shell-text',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(SHELL_MARK)) throw new Error(`shell text: index.html lacks ${SHELL_MARK}`);
        const frameProblem = firstFrameProblem(html);
        if (frameProblem) throw new Error(`shell text: ${frameProblem}`);
        const script = await shellScript(root);
        const hash = scriptHash(script);
        const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
        const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
        if (!scriptSrc.split(/\s+/).includes(hash))
          throw new Error(
            `shell text: the Content-Security-Policy's script-src in index.html must allow the shell script: add ${hash} (and to the README's Hosting header)`,
          );
        return html.replace(
          SHELL_MARK,
          `${shellData(shellFacts(root), shellTexts(root, counts()), shellBrands(root))}\n<script>${script}</script>`,
        );
      },
    },
  };
}
