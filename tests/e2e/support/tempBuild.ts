import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePortSync } from '../../../scripts/lib/port';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** What a build needs from the checkout; node_modules is linked, not copied. */
const COPIED = ['index.html', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json'];
const COPIED_DIRS = ['src', 'locales', 'public', 'scripts'];

export interface TempBuild {
  dir: string;
  baseURL: string;
  stop(): void;
}

/**
 * A copy of the app with locale files of our choosing (a partial language a translator has just
 * started), built and served on a free port: what the app does with a language the repository does
 * not ship, without committing one.
 */
export async function buildWithLocales(
  files: Record<string, unknown>,
  prepare?: (dir: string) => void,
): Promise<TempBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'etdz-locales-build-'));
  for (const name of COPIED) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name));
  for (const name of COPIED_DIRS)
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  prepare?.(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  const vite = join(dir, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const port = freePortSync(4273);
  const server: ChildProcess = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: dir, stdio: 'ignore' },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(baseURL)).ok) break;
    } catch {
      if (i > 100) throw new Error(`preview server did not start on ${baseURL}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    dir,
    baseURL,
    stop() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
