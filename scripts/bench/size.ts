/**
 * Bundle-size benchmark: builds the app, follows the entry's static imports (and the other scripts
 * index.html loads) to find what a first visit downloads, and compares its gzip size with a "floor" built in the same run from the same
 * libraries and nothing else. Lazy chunks (views, chart library, dataset, locales) are listed too.
 * Exits 1 when a budget is broken. Run: npm run bench:size
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Manifest } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
/** What the app may add on top of its libraries on first load, gzip (app code, styles excluded): issue 11 says floor + 20 kB. */
const BUDGET_OVER_FLOOR_KB = 20;
/** Chunks that must never be on the first-load path: views and the dataset (src/data/bundled.ts) by name… */
const MUST_BE_LAZY = [/bundled/i, /View-/];
/** …and the chart library by its content, since its chunk is named after whichever chart imports it first. */
const CHART_LIBRARY_MARK = 'recharts-surface';

const FLOOR_ENTRY = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { create } from 'zustand';
const useStore = create(() => ({ n: 0 }));
function Probe() { const { t } = useTranslation(); const n = useStore((s) => s.n); const q = useSuspenseQuery({ queryKey: ['x'], queryFn: async () => n }); return <p>{t('x')}{q.data}</p>; }
const i18n = i18next.createInstance();
await i18n.use(resourcesToBackend(async () => ({}))).use(initReactI18next).init({ lng: 'en' });
createRoot(document.body).render(<I18nextProvider i18n={i18n}><QueryClientProvider client={new QueryClient()}><Probe /></QueryClientProvider></I18nextProvider>);
`;

interface ChunkSize {
  file: string;
  gzip: number;
  /** An inline script's text (it has no file of its own). */
  code?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

async function buildTo(outDir: string, input?: string) {
  await build({
    root: ROOT,
    configFile: input ? false : undefined,
    plugins: input ? [react()] : undefined,
    logLevel: 'silent',
    build: {
      outDir,
      manifest: true,
      emptyOutDir: true,
      target: 'es2022',
      ...(input ? { rollupOptions: { input } } : {}),
    },
  });
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The entry chunk and everything it imports statically: what the browser must fetch before rendering. */
function initialChunks(manifest: Manifest, outDir: string): { initial: ChunkSize[]; lazy: ChunkSize[] } {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) walk(dep);
  };
  walk(entryKey);
  const initial = [...seen].map((k) => manifest[k]?.file as string).filter((f) => f.endsWith('.js'));
  const all = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js'));
  const size = (file: string) => ({ file, gzip: gz(outDir, file) });
  return {
    initial: initial.map(size),
    lazy: [...new Set(all)].filter((f) => !initial.includes(f)).map(size),
  };
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'etdz-bench-'));
  try {
    const appDir = join(tmp, 'app');
    const { initial, lazy } = initialChunks(await buildTo(appDir), appDir);
    // Scripts index.html loads besides the entry, if any, are first load too.
    for (const [, src] of readFileSync(join(appDir, 'index.html'), 'utf8').matchAll(
      /<script[^>]*\ssrc="\/([^"]+\.js)"/g,
    ))
      if (src && !initial.some((c) => c.file === src)) initial.push({ file: src, gzip: gz(appDir, src) });
    // Inline scripts too (the one that shows the view's heading before the app): code every visit runs.
    for (const [, code] of readFileSync(join(appDir, 'index.html'), 'utf8').matchAll(
      /<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ))
      if (code?.trim())
        initial.push({
          file: '(inline script in index.html)',
          gzip: gzipSync(code, { level: 9 }).length,
          code,
        });

    const floorDir = join(tmp, 'floor');
    const floorEntry = join(ROOT, '.bench-floor.tsx');
    writeFileSync(floorEntry, FLOOR_ENTRY);
    let floor: ChunkSize[];
    try {
      floor = initialChunks(await buildTo(floorDir, floorEntry), floorDir).initial;
    } finally {
      rmSync(floorEntry, { force: true });
    }

    const total = (chunks: ChunkSize[]) => chunks.reduce((sum, c) => sum + c.gzip, 0);
    const over = total(initial) - total(floor);
    console.log('First load (entry + static imports), gzip:');
    for (const c of initial) console.log(`  ${c.file.padEnd(48)} ${kb(c.gzip)}`);
    console.log(
      `  total ${kb(total(initial))}; floor (react, react-dom, react-query, i18next, zustand only) ${kb(total(floor))}`,
    );
    console.log(`  app on top of its libraries: ${kb(over)} (budget ${BUDGET_OVER_FLOOR_KB} kB)`);
    console.log('Lazy chunks, gzip (largest first):');
    for (const c of [...lazy].sort((a, b) => b.gzip - a.gzip).slice(0, 15))
      console.log(`  ${c.file.padEnd(48)} ${kb(c.gzip)}`);

    const failures: string[] = [];
    if (over > BUDGET_OVER_FLOOR_KB * 1024)
      failures.push(`first load is ${kb(over)} over the floor (budget ${BUDGET_OVER_FLOOR_KB} kB)`);
    for (const c of initial) {
      if (MUST_BE_LAZY.some((re) => re.test(c.file)))
        failures.push(`${c.file} is on the first-load path but must load lazily`);
      if ((c.code ?? readFileSync(join(appDir, c.file), 'utf8')).includes(CHART_LIBRARY_MARK))
        failures.push(`${c.file} holds the chart library, which must load lazily`);
    }
    if (failures.length) {
      console.error(`\nBudget broken:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('\nBudgets met.');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
