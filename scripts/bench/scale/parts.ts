/**
 * The dataset's parts as the build emits them (scripts/build/compiledData.ts): the core, the detail tables
 * and one chunk per indicator group, with their sizes and the browser's time to load each (JSON.parse of
 * the module's string + unpack), and what each view downloads: the parts it reads.
 */
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../../../src/data/build';
import {
  groupsOf,
  packDataset,
  splitPacked,
  unpackCatalogue,
  unpackDetail,
  unpackGroup,
} from '../../../src/data/compiled/pack';
import { flaggedConflicts } from '../../../src/data/selectors/conflicts';
import { DEFAULT_INDICATORS } from '../../../src/data/selectors/compare/model';
import { CONTEXT_INDICATORS } from '../../../src/data/selectors/growth/context';
import { THEMES } from '../../../src/data/schema/enums';
import type { TableTexts } from './app';

/** Six indicators of three groups, as a reader might compare them. */
export const COMPARE_SIX = [
  'gdp',
  'gdp_share_national_pct',
  'trade_total_usd',
  'fdi_actual_usd',
  'fiscal_revenue',
  'trade_share_national_pct',
];

export interface Part {
  name: string;
  rawKB: number;
  gzipKB: number;
  loadMs: number;
}

// The module text the build emits: the JSON as a string literal, parsed in the browser.
const moduleText = (value: unknown) => JSON.stringify(JSON.stringify(value));

function part(name: string, value: unknown, unpack: (v: never) => unknown): Part {
  const text = moduleText(value);
  const t0 = performance.now();
  unpack(JSON.parse(JSON.parse(text) as string) as never);
  return {
    name,
    rawKB: Buffer.byteLength(text) / 1024,
    gzipKB: gzipSync(text).length / 1024,
    loadMs: performance.now() - t0,
  };
}

export function datasetParts(texts: TableTexts) {
  const dataset = buildDataset(texts);
  const { core, detail, groups } = splitPacked(
    packDataset(dataset),
    dataset,
    flaggedConflicts(dataset).length,
  );
  const parts = [
    part('core', core, unpackCatalogue),
    part('detail', detail, unpackDetail),
    ...THEMES.map((t) => part(`figures: ${t}`, groups[t], unpackGroup)),
  ];
  const groupOf = groupsOf(dataset.indicators);
  const of = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => groupOf.get(id) ?? []))];
  const views: Array<[string, string[]]> = [
    ['Overview', ['core', ...of(CONTEXT_INDICATORS)]],
    ['Compare, default', ['core', ...of(DEFAULT_INDICATORS)]],
    ['Compare, 6 indicators', ['core', ...of(COMPARE_SIX)]],
    ['Zone growth', ['core', 'detail', ...of(CONTEXT_INDICATORS)]],
    ['Policies, Zones, Rankings', ['core', 'detail']],
    ['Sources (every figure)', ['core', 'detail', ...THEMES]],
  ];
  const byName = new Map(parts.map((p) => [p.name.replace('figures: ', ''), p]));
  const sum = (names: string[], key: 'rawKB' | 'gzipKB' | 'loadMs') =>
    names.reduce((total, n) => total + (byName.get(n)?.[key] ?? 0), 0);
  return {
    parts,
    views: views.map(([view, names]) => ({
      view,
      parts: names,
      rawKB: sum(names, 'rawKB'),
      gzipKB: sum(names, 'gzipKB'),
      loadMs: sum(names, 'loadMs'),
    })),
  };
}
