import { brotliDecompressSync } from 'node:zlib';

/** Tags of the WOFF2 known-table list, as far as the transform rules need them (glyf, loca, hmtx). */
const KNOWN = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
];

function base128(buf: Buffer, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buf[at.pos++]!;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  throw new Error('UIntBase128 longer than 5 bytes');
}

/** The code points a WOFF2 font maps to glyphs, read from its cmap (formats 4 and 12), per the W3C spec. */
export function woff2CodePoints(woff2: Buffer): Set<number> {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  const numTables = woff2.readUInt16BE(12);
  const at = { pos: 48 };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[at.pos++]!;
    const index = flags & 0x3f;
    let tag = KNOWN[index] ?? `#${index}`;
    if (index === 0x3f) {
      tag = woff2.toString('latin1', at.pos, at.pos + 4);
      at.pos += 4;
    }
    const version = flags >> 6;
    const origLength = base128(woff2, at);
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    tables.push({ tag, length: transformed ? base128(woff2, at) : origLength });
  }
  const compressed = woff2.readUInt32BE(20);
  const stream = brotliDecompressSync(woff2.subarray(at.pos, at.pos + compressed));
  let offset = 0;
  for (const t of tables) {
    if (t.tag === 'cmap') return cmapCodePoints(stream.subarray(offset, offset + t.length));
    offset += t.length;
  }
  throw new Error('no cmap table');
}

function cmapCodePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const sub = cmap.subarray(cmap.readUInt32BE(4 + i * 8 + 4));
    const format = sub.readUInt16BE(0);
    if (format === 12) {
      const groups = sub.readUInt32BE(12);
      for (let g = 0; g < groups; g++) {
        const start = sub.readUInt32BE(16 + g * 12);
        const end = sub.readUInt32BE(20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    } else if (format === 4) {
      const segs = sub.readUInt16BE(6) / 2;
      const ends = 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const start = sub.readUInt16BE(starts + s * 2);
        const end = sub.readUInt16BE(ends + s * 2);
        const delta = sub.readInt16BE(deltas + s * 2);
        const range = sub.readUInt16BE(ranges + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = range
            ? sub.readUInt16BE(ranges + s * 2 + range + (c - start) * 2)
            : (c + delta) & 0xffff;
          if (glyph !== 0) points.add(c);
        }
      }
    }
  }
  return points;
}
