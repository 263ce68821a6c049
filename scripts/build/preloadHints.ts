/**
 * Vite plugin: which built files each address needs at once, for the page's shell script to preload
 * (shellChoice.ts `startFiles`), so they download beside the app's own code instead of after it, in one
 * wave: the dataset's core (the shell reads it on every view); the start-up texts of the language the
 * address, an earlier choice or the browser asks for (the other complete language loads when chosen,
 * DESIGN §6, and a reader of one never downloads the other's); and per view its code, its own texts and
 * its data (src/app/viewData.ts): policy material, detail tables, figure groups.
 *
 * The page's head names none of them: what the head preloads competes with its stylesheet, which holds
 * the first frame, and the script that names them runs as soon as the stylesheet has arrived, long before
 * the app's code needs them. The files go into the head as a JSON block (`#shell-hints`).
 */
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import {
  COMPLETE_LANGUAGES,
  fallbackLanguages,
  LANGUAGE_CODE,
  viewNamespaces,
} from '../../src/i18n/constants';
import { VIEW_DATA, type DataPart } from '../../src/app/viewData';
import { VIEWS } from '../../src/state/views';
import type { Theme } from '../../src/data/schema/enums';
import type { StartHints } from './shellChoice';
import { HINTS_ID } from './shellText';
import { START_TEXTS_MODULE } from './localeModules';

const DATASET_MODULE = /\/src\/data\/bundled\.ts$/;
const DETAIL_MODULE = /\/src\/data\/bundledDetail\.ts$/;
const POLICY_MODULE = /\/src\/data\/policy\/load\.ts$/;
const FIGURE_GROUPS_MODULE = /^\0virtual:etdz-figure-groups$/;
const FIGURE_GROUP_MODULE = /^\0virtual:etdz-figures-(\w+)$/;
const FIGURE_QUERIES_MODULE = /\/src\/data\/figureQueries\.ts$/;
const VIEW_MODULE = /\/src\/features\/(\w+)\/\w+View\.tsx$/;
const LOCALE_MODULE = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/** What the build knows beside the bundle: the groups that hold the headline indicators. */
export interface HintFacts {
  headline: readonly Theme[];
}

/** The files each address needs at once, by language and by view; a pure function of the bundle. */
export function startHints(bundle: Rollup.OutputBundle, facts: HintFacts, base = '/'): StartHints {
  const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (files: readonly string[], into = new Set<string>()) => {
    for (const file of files) {
      if (into.has(file)) continue;
      into.add(file);
      closure(byFile.get(file)?.imports ?? [], into);
    }
    return into;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('preload hints: no entry chunk');
  const initial = closure([entry.fileName]);
  const facade = (re: RegExp, what: string) => {
    const found = chunks.filter((c) => re.test(c.facadeModuleId ?? ''));
    if (found.length === 0) throw new Error(`preload hints: no chunk for ${what}`);
    return found.map((c) => c.fileName);
  };

  const always = closure(facade(DATASET_MODULE, 'the dataset'));
  /** The files in `files`' closure not already loaded by the entry or hinted for every address. */
  const own = (files: readonly string[]) =>
    [...closure(files)].filter((f) => !initial.has(f) && !always.has(f)).map((f) => `${base}${f}`);

  // A language's start-up texts are one file (ns null: every start-up namespace); a view's own, one per namespace.
  const locales = chunks.flatMap((c): { lng: string; ns: string | null; file: string }[] => {
    const [, startLng] = START_TEXTS_MODULE.exec(c.facadeModuleId ?? '') ?? [];
    if (startLng) return [{ lng: startLng, ns: null, file: c.fileName }];
    const [, lng, ns] = LOCALE_MODULE.exec(c.facadeModuleId ?? '') ?? [];
    // Not locales/_context/ (notes for translators, read by their tools only).
    return lng && ns && LANGUAGE_CODE.test(lng) ? [{ lng, ns, file: c.fileName }] : [];
  });
  const languages = [...new Set(locales.map((l) => l.lng))];
  const complete: readonly string[] = COMPLETE_LANGUAGES;
  // A complete language loads alone; a partial one with the languages it falls back to (src/i18n/setup.ts).
  const startLanguages = (lng: string) => (complete.includes(lng) ? [lng] : [lng, ...fallbackLanguages(lng)]);
  const texts = (lng: string, wanted: (ns: string | null) => boolean) =>
    startLanguages(lng).flatMap((one) =>
      locales.filter((l) => l.lng === one && wanted(l.ns)).map((l) => l.file),
    );

  // The code that starts the figure groups: the start chunk imports it only dynamically. When another chunk
  // shares that code the bundler puts it there and the dynamic import gets a small facade that re-exports it.
  const figureCode = [
    ...facade(FIGURE_GROUPS_MODULE, 'the figure group index'),
    ...chunks
      .filter(
        (c) =>
          FIGURE_QUERIES_MODULE.test(c.facadeModuleId ?? '') ||
          c.moduleIds.some((id) => FIGURE_QUERIES_MODULE.test(id)),
      )
      .map((c) => c.fileName),
  ];
  const groups = (which: (theme: string) => boolean) =>
    chunks
      .filter((c) => which(FIGURE_GROUP_MODULE.exec(c.facadeModuleId ?? '')?.[1] ?? ''))
      .map((c) => c.fileName);
  const headline: readonly string[] = facts.headline;
  const DATA: Record<DataPart, () => string[]> = {
    policy: () => facade(POLICY_MODULE, 'the policy material'),
    detail: () => facade(DETAIL_MODULE, 'the detail tables'),
    'headline figures': () => [...figureCode, ...groups((t) => headline.includes(t))],
    // Which groups Compare shows depends on its address; the groups start as soon as the index has arrived.
    'compared figures': () => figureCode,
  };

  const viewChunks = new Map(
    chunks.flatMap((c) => {
      const [, view] = VIEW_MODULE.exec(c.facadeModuleId ?? '') ?? [];
      return view ? [[view, c.fileName] as const] : [];
    }),
  );
  const viewCode = (view: string) => {
    const file = viewChunks.get(view);
    if (!file) throw new Error(`preload hints: no chunk for the view ${view}`);
    return file;
  };
  return {
    always: [...always].filter((f) => !initial.has(f)).map((f) => `${base}${f}`),
    lang: Object.fromEntries(languages.map((lng) => [lng, own(texts(lng, (ns) => ns === null))])),
    view: Object.fromEntries(
      VIEWS.map((view) => [
        view,
        own([viewCode(view), ...(VIEW_DATA[view] ?? []).flatMap((part) => DATA[part]())]),
      ]),
    ),
    viewLang: Object.fromEntries(
      VIEWS.filter((view) => viewNamespaces(view).length > 0).map((view) => [
        view,
        Object.fromEntries(
          languages.map((lng) => [
            lng,
            own(texts(lng, (ns) => ns !== null && viewNamespaces(view).includes(ns))),
          ]),
        ),
      ]),
    ),
  };
}

export function preloadHints(facts: () => HintFacts): Plugin {
  let base = '/';
  return {
    name: 'etdz:preload-hints',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle) return [];
        // "<" escaped so that no file name can close the data block.
        const json = JSON.stringify(startHints(ctx.bundle, facts(), base)).replace(/</g, '\\u003c');
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: HINTS_ID },
            children: json,
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
