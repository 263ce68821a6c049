/**
 * The two pages every browser bench compares: the built app and the minimal page of the same
 * libraries (scripts/bench/minimal), each served by `vite preview` on a free port in the same run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview, type PreviewServer } from 'vite';
import { freePortSync } from '../../lib/port';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const MINIMAL_DIR = resolve(import.meta.dirname, '../minimal');
const APP_DIST = join(ROOT, 'dist');
const HOST = '127.0.0.1';

export interface ServedPages {
  app: string;
  minimal: string;
  close(): Promise<void>;
}

async function buildApp(reuse: boolean) {
  if (reuse && existsSync(join(APP_DIST, 'index.html'))) {
    console.log('Reusing dist/ (built earlier; drop --reuse-dist to rebuild).');
    return;
  }
  console.log('Building the app…');
  await build({ root: ROOT, logLevel: 'warn' });
}

async function buildMinimal(outDir: string) {
  console.log('Building the minimal page…');
  await build({
    root: MINIMAL_DIR,
    configFile: false,
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

async function serve(root: string, outDir: string, preferred: number, configFile?: false) {
  const port = freePortSync(preferred, HOST);
  const server: PreviewServer = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true },
  });
  return { url: `http://${HOST}:${port}`, server };
}

/** Builds (or reuses dist/ with `reuse`) and serves both pages; `close` stops the servers and cleans up. */
export async function servePages({ reuseDist }: { reuseDist: boolean }): Promise<ServedPages> {
  await buildApp(reuseDist);
  const minimalOut = mkdtempSync(join(tmpdir(), 'etdz-bench-minimal-'));
  await buildMinimal(minimalOut);
  const app = await serve(ROOT, APP_DIST, 4180);
  const minimal = await serve(MINIMAL_DIR, minimalOut, 4181, false);
  return {
    app: app.url,
    minimal: minimal.url,
    async close() {
      await Promise.all([app.server.close(), minimal.server.close()]);
      rmSync(minimalOut, { recursive: true, force: true });
    },
  };
}
