/**
 * Builds src/assets/fonts/cjk-subset.woff2, the font an exported SVG embeds so its Chinese renders on a
 * machine without a Chinese font: Noto Sans CJK SC (SIL Open Font License 1.1) cut down to the
 * characters the app's texts and data hold. Run at dev time after texts or data gain characters
 * (tests/unit/export/cjkFont.test.ts fails until then):
 *
 *   apt-get install fonts-noto-cjk python3-fonttools python3-brotli   # Debian
 *   npx tsx scripts/fonts/subset-cjk.ts [path/to/NotoSansCJK-Regular.ttc]
 *
 * PYTHON=/usr/bin/python3 picks the Python that has fontTools when another one comes first on the PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appCjkCharacters } from './cjkText';

const root = resolve(import.meta.dirname, '../..');
const source = process.argv[2] ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// In the collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK. The Simplified Chinese glyph forms.
const SC = '2';
const out = join(root, 'src/assets/fonts/cjk-subset.woff2');

const chars = appCjkCharacters(root);
const textFile = join(mkdtempSync(join(tmpdir(), 'cjk-')), 'chars.txt');
writeFileSync(textFile, chars.join(''));
execFileSync(
  process.env.PYTHON ?? 'python3',
  [
    '-m',
    'fontTools.subset',
    source,
    `--font-number=${SC}`,
    `--text-file=${textFile}`,
    '--flavor=woff2',
    // Hinting and layout features beyond kerning cost bytes and do nothing in an SVG figure.
    '--no-hinting',
    '--layout-features=kern,vert',
    // The name table stays: the licence asks that the copyright and licence notices travel with the font.
    '--name-IDs=*',
    `--output-file=${out}`,
  ],
  { stdio: 'inherit' },
);
console.log(`${chars.length} characters → ${out} (${statSync(out).size} bytes)`);
