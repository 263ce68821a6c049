import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const IMPORTER = join(ROOT, 'src/data/raw/importer');
const hasPython = spawnSync('python3', ['--version']).status === 0;

const run = (script: string, args: string[]) =>
  spawnSync('python3', [join(IMPORTER, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });

describe('the historical research importer', () => {
  it('is no longer among the product scripts', () => {
    expect(existsSync(join(ROOT, 'scripts/import-research'))).toBe(false);
    expect(readdirSync(IMPORTER)).toContain('README.md');
  });

  // Python is not part of the product's toolchain; where it is installed, prove the refusal.
  it.skipIf(!hasPython).each(['import.py', 'policy.py'])(
    '%s refuses to write over the live files, translators’ texts included',
    (script) => {
      const before = readFileSync(join(ROOT, 'locales/en/policies.json'), 'utf8');
      for (const target of [[], ['.'], ['locales'], ['src/data/csv']]) {
        const { status, stderr } = run(script, target);
        expect(status).toBe(1);
        expect(stderr).toMatch(target.length ? /Refusing to write inside the repository/ : /one-time import/);
      }
      expect(readFileSync(join(ROOT, 'locales/en/policies.json'), 'utf8')).toBe(before);
    },
  );

  it.skipIf(!hasPython)('writes to an empty directory outside the repository', () => {
    const out = mkdtempSync(join(tmpdir(), 'etdz-import-'));
    const { status } = run('policy.py', [out]);
    expect(status).toBe(0);
    expect(readdirSync(join(out, 'policy')).sort()).toEqual([
      'areas.csv',
      'bodies.csv',
      'documents.csv',
      'measures.csv',
      'tags.csv',
    ]);
    expect(readdirSync(join(out, 'locales')).sort()).toEqual(['en', 'zh']);
  });
});
