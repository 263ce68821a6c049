/**
 * A synthetic dataset for the scale bench: today's tables plus one figure per zone, year and
 * indicator (232 zones × 40 years × 30 indicators ≈ 278 k figures at full size), in the same schema
 * as src/data/csv. Every synthetic row is marked as such: its source is "SYNTHETIC — benchmark
 * data", its quote says it is not a statement, its zone ids start with "synthetic-". The files go to
 * a temporary directory, never into src/.
 *
 * Standalone: tsx scripts/bench/scale/generate.ts [--out DIR] [--zones 232] [--years 40] [--indicators 30]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { DATA_DIR, fileOf, readTables, ROOT, TABLE_LIST, type TableTexts } from './app';

export interface SyntheticSize {
  zones: number;
  years: number;
  indicators: number;
  /** The last data year; the years run back from it. */
  lastYear?: number;
}

/** Issue 11's scale: about as many zones as exist, 40 years, 30 indicators. */
export const FULL_SIZE: SyntheticSize = { zones: 232, years: 40, indicators: 30, lastYear: 2024 };

export const SYNTHETIC_PUBLISHER = 'SYNTHETIC — benchmark data, not a real source';
const QUOTE = 'synthetic figure generated for benchmarking; not a statement of any source';

type Row = Record<string, string>;
const rows = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' }).data;

/** Deterministic, so two runs time the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible figure for one zone in a unit: levels grow over the years, rates scatter. */
function figure(unit: string, age: number, next: () => number): string {
  const grow = (base: number, rate: number) => base * Math.pow(1 + rate, age) * (0.85 + next() * 0.3);
  switch (unit) {
    case 'CNY billion':
      return grow(2 + next() * 20, 0.09).toFixed(1);
    case 'USD billion':
      return grow(0.05 + next() * 0.5, 0.07).toFixed(2);
    case '%':
      return (next() * 30 - 5).toFixed(1);
    case 'pp':
      return (next() * 6 - 3).toFixed(1);
    case '‰':
      return (0.1 + next() * 4).toFixed(2);
    case 'km2':
      return grow(5 + next() * 50, 0.03).toFixed(1);
    default:
      return Math.round(grow(5 + next() * 100, 0.06)).toString();
  }
}

const csvLine = (cells: readonly (string | number)[]) =>
  cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');

const append = (text: string, lines: string[]) =>
  lines.length ? `${text.trimEnd()}\n${lines.join('\n')}\n` : text;

/** Today's tables with the synthetic zones, their sources and their figures added. */
export function syntheticTexts(base: TableTexts, size: SyntheticSize): TableTexts {
  const lastYear = size.lastYear ?? FULL_SIZE.lastYear ?? 2024;
  const provinces = rows(base.provinces);
  const regionOf = new Map(provinces.map((p) => [p.id as string, p.region as string]));
  const indicators = rows(base.indicators)
    .filter((i) => i.unit !== 'fraction')
    .slice(0, size.indicators);
  if (indicators.length < size.indicators)
    throw new Error(`only ${indicators.length} indicators can take synthetic figures`);

  // The real zones first, then synthetic ones up to the size asked for.
  const zones = rows(base.zones)
    .slice(0, size.zones)
    .map((z) => ({ id: z.id as string, province: z.province as string }));
  const newZones: string[] = [];
  for (let n = zones.length + 1; zones.length < size.zones; n += 1) {
    const province = provinces[n % provinces.length]?.id as string;
    const id = `synthetic-zone-${String(n).padStart(3, '0')}`;
    zones.push({ id, province });
    newZones.push(
      csvLine([
        id,
        province,
        String(1984 + (n % 40)),
        'no',
        '',
        'active',
        '',
        'conventional',
        'synthetic-zones',
        '',
        '',
        '',
      ]),
    );
  }

  const sources = [
    csvLine([
      'synthetic-zones',
      SYNTHETIC_PUBLISHER,
      'Synthetic zone list (scripts/bench/scale/generate.ts)',
      'yes',
      '',
      'no',
      '',
      'en',
      'low',
      'no',
      '',
      '',
    ]),
    ...zones.map((z) =>
      csvLine([
        `synthetic-${z.id}`,
        SYNTHETIC_PUBLISHER,
        `Synthetic figures for zone ${z.id} (scripts/bench/scale/generate.ts)`,
        'yes',
        '',
        'no',
        '',
        'en',
        'low',
        'no',
        '',
        '',
      ]),
    ),
  ];

  const next = random(42);
  const values: string[] = [];
  for (const z of zones) {
    const region = regionOf.get(z.province) ?? 'east';
    for (const ind of indicators)
      for (let year = lastYear - size.years + 1; year <= lastYear; year += 1)
        values.push(
          csvLine([
            ind.id as string,
            year,
            'FY',
            region,
            figure(ind.unit as string, year - (lastYear - size.years), next),
            '',
            ind.unit as string,
            'other',
            '',
            '',
            `synthetic-${z.id}`,
            QUOTE,
            '',
            '',
          ]),
        );
  }

  return {
    ...base,
    zones: append(base.zones, newZones),
    sources: append(base.sources, sources),
    values: append(base.values, values),
  };
}

/** Writes the tables to `dir` (a new temporary directory by default) and returns it. Never into src/. */
export function writeTables(texts: TableTexts, dir?: string): string {
  const out = resolve(dir ?? mkdtempSync(join(tmpdir(), 'etdz-synthetic-')));
  const rel = relative(join(ROOT, 'src'), out);
  if (!rel.startsWith('..') && !rel.startsWith('/'))
    throw new Error(`refusing to write synthetic data into src/ (${out})`);
  mkdirSync(out, { recursive: true });
  for (const name of TABLE_LIST) writeFileSync(join(out, fileOf(name)), texts[name]);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      out: { type: 'string' },
      zones: { type: 'string', default: String(FULL_SIZE.zones) },
      years: { type: 'string', default: String(FULL_SIZE.years) },
      indicators: { type: 'string', default: String(FULL_SIZE.indicators) },
    },
  });
  const size = { zones: Number(args.zones), years: Number(args.years), indicators: Number(args.indicators) };
  const texts = syntheticTexts(readTables(DATA_DIR), size);
  const dir = writeTables(texts, args.out);
  const figures = rows(texts.values).length;
  console.log(
    `Wrote ${figures.toLocaleString('en')} figures (${size.zones} zones × ${size.years} years × ${size.indicators} indicators + today's) to ${dir}`,
  );
}
