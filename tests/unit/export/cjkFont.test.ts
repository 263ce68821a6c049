import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCjkCharacters } from '../../../scripts/fonts/cjkText';
import { woff2CodePoints } from './woff2Cmap';

const root = resolve(import.meta.dirname, '../../..');
const font = readFileSync(resolve(root, 'src/assets/fonts/cjk-subset.woff2'));

describe('the Chinese font embedded in exported SVGs', () => {
  const mapped = woff2CodePoints(font);

  it('holds every Chinese character of the texts and the data (run scripts/fonts/subset-cjk.ts when not)', () => {
    const chars = appCjkCharacters(root);
    expect(chars.length).toBeGreaterThan(500);
    const missing = chars.filter((ch) => !mapped.has(ch.codePointAt(0)!));
    expect(missing.join('')).toBe('');
  });

  it('is a subset, not the whole font', () => {
    expect(mapped.size).toBeLessThan(5000);
    expect(font.length).toBeLessThan(400_000);
  });

  it('comes with its licence', () => {
    expect(readFileSync(resolve(root, 'src/assets/fonts/OFL.txt'), 'utf8')).toContain(
      'SIL OPEN FONT LICENSE Version 1.1',
    );
  });
});
