import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { startHints } from '../../../scripts/build/preloadHints';

const SRC = '/app/src';
function chunk(fileName: string, parts: Partial<Rollup.OutputChunk>): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports: [],
    moduleIds: [],
    facadeModuleId: null,
    isEntry: false,
    ...parts,
  } as Rollup.OutputChunk;
}

const locale = (lng: string, ns: string) =>
  chunk(`${ns}-${lng}.js`, { facadeModuleId: `/app/locales/${lng}/${ns}.json` });
const VIEWS = ['overview', 'compare', 'growth', 'policies', 'sources', 'zones', 'rankings'];
const capital = (view: string) => view[0]!.toUpperCase() + view.slice(1);

/**
 * A bundle shaped like the app's: an entry and its start chunk, the dataset's core with a part of its own,
 * the detail tables, the policy material, figure groups with their index and queries, texts in two complete
 * languages and a partial one (and translators' notes), and one chunk per view sharing a chunk of UI code.
 */
function bundle(figureQueries: Rollup.OutputChunk[] = [figureQueriesChunk]): Rollup.OutputBundle {
  const chunks = [
    chunk('index.js', { isEntry: true, imports: ['start.js'], facadeModuleId: `${SRC}/main.tsx` }),
    chunk('start.js', { moduleIds: [`${SRC}/app/App.tsx`] }),
    // A language's start-up texts are one module (scripts/build/localeModules.ts); a view's own, one per file.
    ...['zh', 'en', 'ja'].flatMap((lng) => [
      chunk(`texts-${lng}.js`, { facadeModuleId: `\0virtual:etdz-locales/start/${lng}` }),
      ...['compare', 'export'].map((ns) => locale(lng, ns)),
    ]),
    locale('_context', 'common'),
    chunk('bundled.js', { facadeModuleId: `${SRC}/data/bundled.ts`, imports: ['start.js', 'pack.js'] }),
    chunk('pack.js', { imports: ['start.js'] }),
    chunk('bundledDetail.js', { facadeModuleId: `${SRC}/data/bundledDetail.ts`, imports: ['pack.js'] }),
    chunk('load.js', { facadeModuleId: `${SRC}/data/policy/load.ts` }),
    chunk('groups.js', { facadeModuleId: '\0virtual:etdz-figure-groups', imports: ['start.js'] }),
    ...['size', 'openness', 'land'].map((t) =>
      chunk(`figures-${t}.js`, { facadeModuleId: `\0virtual:etdz-figures-${t}` }),
    ),
    ...figureQueries,
    chunk('shared.js', { imports: ['start.js'] }),
    ...VIEWS.map((view) =>
      chunk(`${capital(view)}View.js`, {
        facadeModuleId: `${SRC}/features/${view}/${capital(view)}View.tsx`,
        imports: ['start.js', 'shared.js'],
      }),
    ),
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}
const figureQueriesChunk = chunk('figureQueries.js', {
  facadeModuleId: `${SRC}/data/figureQueries.ts`,
  moduleIds: [`${SRC}/data/figureQueries.ts`],
});
const FACTS = { headline: ['size', 'openness'] } as const;
const files = (names: string[]) => names.map((n) => `/${n}`);

describe('startHints', () => {
  const hints = startHints(bundle(), { headline: [...FACTS.headline] });

  it('hints the dataset’s core, with what it imports beyond the first load, for every address', () => {
    expect(hints.always).toEqual(files(['bundled.js', 'pack.js']));
  });

  it('gives each complete language its own start-up texts only, and a partial one its fallbacks too', () => {
    expect(hints.lang.zh).toEqual(files(['texts-zh.js']));
    expect(hints.lang.en).toEqual(files(['texts-en.js']));
    // locales/ja/ falls back to en, then zh (src/i18n/constants.ts fallbackLanguages).
    expect(hints.lang.ja).toEqual(files(['texts-ja.js', 'texts-en.js', 'texts-zh.js']));
    expect(Object.keys(hints.lang)).not.toContain('_context');
  });

  it('gives each view its code, its data and its own texts per language', () => {
    expect(hints.view.policies).toEqual(files(['PoliciesView.js', 'shared.js', 'load.js']));
    expect(hints.view.zones).toEqual(files(['ZonesView.js', 'shared.js', 'bundledDetail.js']));
    // Its figure groups and detail tables come once its first screen is drawn (src/app/viewData.ts).
    expect(hints.view.sources).toEqual(files(['SourcesView.js', 'shared.js']));
    // The headline indicators' groups only; Compare's depend on its address, so only the code that starts them.
    expect(hints.view.overview).toContain('/figures-openness.js');
    expect(hints.view.overview).not.toContain('/figures-land.js');
    expect(hints.view.compare).toEqual(
      files(['CompareView.js', 'shared.js', 'groups.js', 'figureQueries.js']),
    );
    expect(hints.viewLang.compare).toEqual({
      zh: files(['compare-zh.js']),
      en: files(['compare-en.js']),
      ja: files(['compare-ja.js', 'compare-en.js', 'compare-zh.js']),
    });
    expect(hints.viewLang.sources?.en).toEqual(files(['export-en.js']));
    expect(hints.viewLang.overview).toBeUndefined();
  });

  it('also hints the facade the dynamic import gets when the queries share a chunk with other code', () => {
    // The bundler's shape on the built app: the code in a shared chunk, and a facade that re-exports it.
    const shared = startHints(
      bundle([
        chunk('sharedQueries.js', { moduleIds: [`${SRC}/data/figureQueries.ts`, `${SRC}/ui/useDataset.ts`] }),
        chunk('figureQueries-facade.js', {
          facadeModuleId: `${SRC}/data/figureQueries.ts`,
          imports: ['sharedQueries.js'],
        }),
      ]),
      { headline: [] },
    );
    expect(shared.view.compare).toContain('/figureQueries-facade.js');
    expect(shared.view.compare).toContain('/sharedQueries.js');
    expect(Object.values(shared.view).flat()).not.toContain('/start.js');
  });

  it('writes the files under the app’s base', () => {
    expect(startHints(bundle(), { headline: [] }, '/etdz/').always).toEqual([
      '/etdz/bundled.js',
      '/etdz/pack.js',
    ]);
  });

  it('stops the build when a view has no chunk of its own', () => {
    const withoutSources = bundle();
    delete withoutSources['SourcesView.js'];
    expect(() => startHints(withoutSources, { headline: [] })).toThrow(/no chunk for the view sources/);
  });
});
