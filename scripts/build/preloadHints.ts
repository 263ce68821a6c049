/**
 * Vite plugin: preload hints in the built index.html for the chunks every address needs, so they download
 * beside the app's own code instead of after it: the dataset's core (the shell reads it on every view), the
 * index of which figure group holds each indicator and the code that starts them (main.tsx's preloadView
 * starts the groups a view shows as soon as the entry runs) and the
 * start-up language files of the default language, which a first visit most often shows. The other
 * complete language is not its fallback's preload: it loads when chosen (DESIGN §6), and main.tsx asks
 * for the language the address or the reader chose at once, like the view and its own texts.
 */
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { DEFAULT_LANGUAGE, ON_DEMAND_NAMESPACES } from '../../src/i18n/constants';

const DATASET_MODULE = /\/src\/data\/bundled\.ts$/;
const FIGURE_GROUPS_MODULE = /^\0virtual:etdz-figure-groups$/;
const FIGURE_QUERIES_MODULE = /\/src\/data\/figureQueries\.ts$/;
const LOCALE_MODULE = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/** The built files to preload, in the order they are needed; a pure function of the bundle. */
export function startupFiles(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (file: string, into = new Set<string>()) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) closure(dep, into);
    return into;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('preload hints: no entry chunk');
  const initial = closure(entry.fileName);

  const wanted: string[] = [];
  for (const chunk of chunks) {
    const [, lng = '', ns = ''] = LOCALE_MODULE.exec(chunk.facadeModuleId ?? '') ?? [];
    if (lng === DEFAULT_LANGUAGE && !ON_DEMAND_NAMESPACES.includes(ns)) wanted.push(chunk.fileName);
  }
  const dataset = chunks.find((c) => DATASET_MODULE.test(c.facadeModuleId ?? ''));
  if (!dataset) throw new Error('preload hints: no dataset chunk');
  wanted.push(dataset.fileName);
  const figureGroups = chunks.find((c) => FIGURE_GROUPS_MODULE.test(c.facadeModuleId ?? ''));
  if (!figureGroups) throw new Error('preload hints: no figure group index');
  wanted.push(figureGroups.fileName);
  // The code that starts the groups: the start chunk imports it only dynamically, to keep it out of the first load.
  // When another chunk shares that code the bundler puts it there and the dynamic import gets a small facade
  // chunk that only re-exports it: unhinted, that facade alone held the groups back one request.
  const figureQueries = chunks.filter(
    (c) =>
      FIGURE_QUERIES_MODULE.test(c.facadeModuleId ?? '') ||
      c.moduleIds.some((id) => FIGURE_QUERIES_MODULE.test(id)),
  );
  if (figureQueries.length === 0) throw new Error('preload hints: no figure group queries');
  wanted.push(...figureQueries.map((c) => c.fileName));

  const files = new Set<string>();
  for (const file of wanted) closure(file, files);
  return [...files].filter((f) => !initial.has(f));
}

export function preloadHints(): Plugin {
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
        return startupFiles(ctx.bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
