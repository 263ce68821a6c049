/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { preloadHints } from './scripts/build/preloadHints';
import { dataVersion } from './scripts/build/dataVersion';
import { compiledData } from './scripts/build/compiledData';
import { shellText } from './scripts/build/shellText';
import { localeModules, START_TEXTS_MODULE } from './scripts/build/localeModules';

/**
 * index.html carries the Content-Security-Policy the built app runs under. The dev server needs inline
 * scripts (React's refresh preamble) and a WebSocket, so it serves the page without it.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'etdz:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  };
}

/**
 * Library modules that reach the entry only through their package's index, which re-exports everything,
 * while only lazy views use them: left to the rule below they would join the first load (1 kB gzip).
 */
const LAZY_LIBRARY_PARTS = [
  /\/@tanstack\/react-query\/.*\/useQueries\.js$/,
  /\/@tanstack\/query-core\/.*\/queriesObserver\.js$/,
];

type ModuleInfo = { isEntry: boolean; importers: readonly string[] };
type ModuleInfoOf = (id: string) => ModuleInfo | null;
/** A test of whether a module is a root or reached from one by static imports alone (remembered per module). */
function reachedFrom(isRoot: (id: string, module: ModuleInfo) => boolean) {
  const known = new Map<string, boolean>();
  const reached = (id: string, info: ModuleInfoOf, seen = new Set<string>()): boolean => {
    const result = known.get(id);
    if (result !== undefined) return result;
    if (seen.has(id)) return false;
    seen.add(id);
    const module = info(id);
    const found = !!module && (isRoot(id, module) || module.importers.some((i) => reached(i, info, seen)));
    known.set(id, found);
    return found;
  };
  return reached;
}
/** How many views (`src/features/<f>/<Name>View.tsx`) import a module by static imports, directly or not. */
function viewsImporting(id: string, info: ModuleInfoOf): number {
  const seen = new Set([id]);
  const queue = [id];
  let views = 0;
  for (const module of queue) {
    if (/\/src\/features\/\w+\/\w+View\.tsx$/.test(module)) views++;
    for (const importer of info(module)?.importers ?? [])
      if (!seen.has(importer)) queue.push((seen.add(importer), importer));
  }
  return views;
}

/** Whether a module is reached from the entry by static imports alone, i.e. on every first visit. */
const loadsFirst = reachedFrom((_id, module) => module.isEntry);
/** Whether a module is the dataset's core (src/data/bundled.ts, which every view reads) or what it imports. */
const inDatasetCore = reachedFrom((id) => /\/src\/data\/bundled\.ts$/.test(id));

// The bundled tables, parsed and checked at build time; a bad row fails the build with file, line and column.
const data = compiledData(import.meta.dirname);

export default defineConfig({
  // The dataset's version and content hash, read from the files at build time (also in tests).
  define: { __DATA_VERSION__: JSON.stringify(dataVersion(import.meta.dirname)) },
  plugins: [
    react(),
    devWithoutCsp(),
    data,
    // How the app loads locales/: each language's start-up texts as one file.
    localeModules(import.meta.dirname),
    // Which files each address needs at once, for the shell script to preload (the headline groups by the tables).
    preloadHints(() => ({ headline: data.api.figureIndex().headline })),
    // The view's heading and lead, in the reader's language, before any of the app's code has run.
    shellText(import.meta.dirname, () => data.api.counts()),
    // Offline after the first visit: every built file (views, charts, dataset, every language) is precached.
    VitePWA({
      registerType: 'prompt',
      // The app registers it, once the page has loaded (src/app/serviceWorkerWatch.ts): the page asks for no
      // script of its own (registerSW.js was one more request before the first screen).
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Hashed file names change with their content: no need for Workbox to add its own revision.
        dontCacheBustURLsMatching: /^assets\//,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser of that target but Safari before 17 knows <link rel="modulepreload">; there a hint is only
    // skipped (the module still loads when imported); the polyfill would cost every first visit 0.5 kB.
    modulePreload: {
      polyfill: false,
      // A view or the dataset's core, imported lazily by the start chunk, loads its stylesheets with it but
      // not the list of its scripts: the page preloads the first view's files itself (preloadHints.ts), and a
      // view opened later its own (viewFiles.ts), from the same lists. In the start chunk those file names
      // were 1.3 kB of every first load. What else it imports lazily (slides, print, a deck link) keeps it.
      resolveDependencies: (file, deps, { hostId, hostType }) =>
        hostType === 'js' &&
        /(^|\/)start-[\w-]+\.js$/.test(hostId) &&
        /(^|\/)(\w+View|bundled)-[\w-]+\.js$/.test(file)
          ? deps.filter((d) => d.endsWith('.css'))
          : deps,
    },
    // The research snapshot is for the data check only; it must never be bundled.
    rollupOptions: {
      external: [/\/src\/data\/raw\//],
      output: {
        // A language's start-up texts (scripts/build/localeModules.ts) by a name that says what they are.
        chunkFileNames: (chunk) =>
          START_TEXTS_MODULE.test(chunk.facadeModuleId ?? '')
            ? 'assets/startTexts-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        // Everything a first visit loads in one chunk: left to itself the bundler cut it into some thirty
        // small shared chunks (each its own request, each compressed alone: 7 kB more gzip in all).
        codeSplitting: {
          groups: [
            {
              // First, so that what the first load needs stays there when a later group's module imports it.
              priority: 2,
              name: (id, ctx) => {
                const info = (m: string) => ctx.getModuleInfo(m);
                // The entry page's own script stays the entry chunk; what it imports joins one chunk.
                const module = info(id);
                if (!module || module.isEntry || module.importers.some((i) => info(i)?.isEntry)) return null;
                if (LAZY_LIBRARY_PARTS.some((re) => re.test(id))) return null;
                return loadsFirst(id, info) ? 'start' : null;
              },
            },
            {
              // The dataset's core and what it imports, which every view reads, as one file: they were seven,
              // each a request of its own (one wave each on a six-connection HTTP/1.1 server).
              priority: 1,
              name: (id, ctx) => {
                const info = (m: string) => ctx.getModuleInfo(m);
                return !loadsFirst(id, info) && inDatasetCore(id, info) ? 'datasetCore' : null;
              },
            },
            {
              // The app's own code that two or more views share (source buttons, dialogs, tables, the figure
              // and date selectors…) as one file. Left to the bundler it was some twenty chunks of 0.2–2 kB
              // gzip, each a request of its own: Sources waited for 18 of them before its first screen.
              // Its library code stays where the bundler puts it (recharts must not join views that draw no
              // chart), but for the fullscreen helper (2 kB) every view's frame uses.
              priority: 0,
              includeDependenciesRecursively: false,
              name: (id, ctx) => {
                const info = (m: string) => ctx.getModuleInfo(m);
                if (/\/node_modules\/screenfull\//.test(id)) return 'viewsShared';
                if (!/\/src\/(ui|data|i18n|state|app)\//.test(id) || /[\0?]/.test(id)) return null;
                if (loadsFirst(id, info) || inDatasetCore(id, info)) return null;
                return viewsImporting(id, info) >= 2 ? 'viewsShared' : null;
              },
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    css: false,
    restoreMocks: true,
    // Whole-app component tests load lazy views and the dataset; a loaded CI machine needs headroom.
    testTimeout: 20_000,
    // The JSON report feeds the pass/fail line at the end of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
