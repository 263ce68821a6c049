import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CJK } from '../../src/ui/export/cjkRange';

/** Where every text a chart or an export card can show comes from: the texts of every language and the data. */
const SOURCES = [
  { dir: 'locales', deep: true, ext: '.json' },
  { dir: 'src/data/csv', deep: false, ext: '.csv' },
  { dir: 'src/data/policy', deep: false, ext: '.csv' },
] as const;

function files(root: string, dir: string, deep: boolean, ext: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deep && !entry.name.startsWith('_') ? files(root, path, deep, ext) : [];
    return entry.name.endsWith(ext) ? [path] : [];
  });
}

/** Every CJK character the app's texts and data hold, sorted by code point, each once. */
export function appCjkCharacters(root: string): string[] {
  const found = new Set<string>();
  for (const { dir, deep, ext } of SOURCES)
    for (const file of files(root, dir, deep, ext))
      for (const ch of readFileSync(join(root, file), 'utf8').match(CJK) ?? []) found.add(ch);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}
