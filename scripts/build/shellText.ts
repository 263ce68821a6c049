/**
 * Vite plugin: the page the server sends already shows the view's heading and lead in the reader's
 * language, as pre-rendered sites do, so the largest text of the first screen paints as soon as the HTML
 * and CSS are there instead of after the app's code, texts and data (Lighthouse, mobile: the lead was the
 * largest paint of every view, 85–89 % of its time waiting for scripts). index.html gets one <template>
 * per view and complete language, written from locales/, and a small script (same origin, so the
 * Content-Security-Policy stays as it is) that picks one as the app would (shellChoice.ts) and puts it
 * where the loading bars were. React then draws the same text in the same place (ViewSkeleton, then the
 * view), so nothing moves.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync, type Plugin } from 'vite';
import { VIEW_HEADINGS } from '../../src/app/viewHeadings';
import {
  COMPLETE_LANGUAGES,
  DEFAULT_LANGUAGE,
  LANGUAGE_CODE,
  TOOL_LANGUAGES,
} from '../../src/i18n/constants';
import { MAX_PARAM_LENGTH } from '../../src/state/params/codec';
import { DEFAULT_VIEW, VIEWS } from '../../src/state/views';
import { shellChoice, type ShellFacts } from './shellChoice';

/** Where index.html wants the templates and the script. */
export const SHELL_MARK = '<!-- shell-text -->';
/** Keep in step with src/state/history.ts (the unit test runs the script against it). */
const LANG_KEY = 'etdz.lang';

type Texts = Record<string, Record<string, [title: string, lead: string]>>;

const lookup = (resource: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resource);

/** Each complete language's heading and lead of each view that has plain ones, from locales/. */
export function shellTexts(root: string): Texts {
  const texts: Texts = {};
  for (const lng of COMPLETE_LANGUAGES) {
    texts[lng] = {};
    const text = (key: string) => {
      const [ns = '', path = ''] = key.split(':');
      const resource: unknown = JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8'));
      const found = lookup(resource, path);
      if (typeof found !== 'string') throw new Error(`shell text: locales/${lng}/${ns}.json lacks ${path}`);
      return found;
    };
    for (const [view, keys] of Object.entries(VIEW_HEADINGS))
      texts[lng][view] = [text(keys.title), text(keys.lead)];
  }
  return texts;
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

/** The templates index.html carries: the same markup as a view's header. */
export function shellTemplates(texts: Texts): string {
  return Object.entries(texts)
    .flatMap(([lng, views]) =>
      Object.entries(views).map(
        ([view, [title, lead]]) =>
          `<template data-shell="${view} ${lng}"><header class="view-header"><h1>${escape(title)}</h1><p class="lead">${escape(lead)}</p></header></template>`,
      ),
    )
    .join('\n');
}

/** The script: chooses, then puts the chosen header before the first loading bar and drops the bars. */
export function shellScript(facts: ShellFacts): string {
  const source = `(() => {
  let stored = null;
  try { stored = localStorage.getItem(${JSON.stringify(LANG_KEY)}); } catch {}
  const choice = (${shellChoice.toString()})(location.search, location.hash, stored,
    navigator.languages || [navigator.language], ${JSON.stringify(facts)});
  const template = choice && document.querySelector('template[data-shell="' + choice.view + ' ' + choice.lng + '"]');
  const bars = document.querySelectorAll('[data-shell-bar]');
  if (!template || !bars.length) return;
  document.documentElement.lang = choice.lng;
  bars[0].before(template.content.cloneNode(true));
  bars.forEach((bar) => bar.remove());
})();`;
  const { code, errors } = minifySync('shell.js', source);
  if (errors.length) throw new Error(`shell text: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}

export function shellText(root: string): Plugin {
  let base = '/';
  let file = '';
  let script = '';
  return {
    name: 'etdz:shell-text',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      script = shellScript(shellFacts(root));
      file = `assets/shell-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
    },
    // After the bundling of index.html's own scripts: this one is a plain file, not a module to bundle.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(SHELL_MARK)) throw new Error(`shell text: index.html lacks ${SHELL_MARK}`);
        return html.replace(
          SHELL_MARK,
          `${shellTemplates(shellTexts(root))}\n<script src="${base}${file}"></script>`,
        );
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source: script });
    },
  };
}
