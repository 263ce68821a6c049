import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from '../../../scripts/bench/lib/stats';
import {
  compileTexts,
  DATA_DIR,
  loadCompiled,
  loadPolicyData,
  readTables,
  ROOT,
} from '../../../scripts/bench/scale/app';
import { CASES } from '../../../scripts/bench/scale/cases';
import { SYNTHETIC_PUBLISHER, syntheticTexts, writeTables } from '../../../scripts/bench/scale/generate';
import { measureCase, measureSelectors, unmeasuredExports } from '../../../scripts/bench/scale/measure';

// The benches measure time; this suite only checks that they run and compute the right thing.

describe('bench statistics', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1);

  it('p50 and p95 interpolate between the closest ranks', () => {
    expect(percentile(twenty, 0.5)).toBe(10.5);
    expect(percentile(twenty, 0.95)).toBeCloseTo(19.05, 10);
    expect(percentile([30, 10, 20], 0.5)).toBe(20);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
    expect(() => percentile(twenty, 95)).toThrow(RangeError);
  });

  it('one slow repetition in twenty moves p95 and max, not p50', () => {
    const slow = [...twenty.slice(0, 19).map(() => 10), 400];
    const s = summarize(slow);
    expect(s).toMatchObject({ n: 20, p50: 10, min: 10, max: 400 });
    expect(s.p95).toBeCloseTo(29.5, 10);
  });

  it('a ratio needs both figures', () => {
    expect(ratio(50, 25)).toBe(2);
    expect(ratio(50, Number.NaN)).toBeNaN();
    expect(ratio(50, 0)).toBeNaN();
  });
});

describe('scale bench', () => {
  const base = readTables(DATA_DIR);
  const today = loadCompiled(compileTexts(base).json);
  const tiny = { zones: 3, years: 2, indicators: 2, lastYear: 2024 };
  const texts = syntheticTexts(base, tiny);

  it('generates zones × years × indicators figures in the dataset schema, each marked synthetic', () => {
    const compiled = compileTexts(texts);
    expect(compiled.issues).toBe(0);
    const dataset = loadCompiled(compiled.json);
    const added = dataset.observations.slice(today.observations.length);
    expect(added).toHaveLength(3 * 2 * 2);
    expect(new Set(added.map((o) => o.year))).toEqual(new Set([2023, 2024]));
    expect(new Set(added.map((o) => o.indicator)).size).toBe(2);
    for (const o of added) expect(dataset.sources.get(o.source)?.publisher).toBe(SYNTHETIC_PUBLISHER);
  });

  it('adds synthetic zones beyond the ones listed today', () => {
    const dataset = loadCompiled(
      compileTexts(syntheticTexts(base, { ...tiny, zones: today.zones.length + 2 })).json,
    );
    expect(dataset.issues).toEqual([]);
    expect(dataset.zones.slice(today.zones.length).map((z) => z.id)).toEqual([
      expect.stringMatching(/^synthetic-zone-/),
      expect.stringMatching(/^synthetic-zone-/),
    ]);
  });

  it('writes to a temporary directory, never into src/', () => {
    const dir = writeTables(texts);
    try {
      expect(readTables(dir)).toEqual(texts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => writeTables(texts, join(ROOT, 'src/data/synthetic'))).toThrow(/src\//);
    expect(readdirSync(join(ROOT, 'src/data'))).not.toContain('synthetic');
  });

  it('times every selector case cold and warm on a dataset, none throwing', () => {
    const results = measureSelectors(
      { dataset: loadCompiled(compileTexts(texts).json), policy: loadPolicyData() },
      CASES,
      {
        coldRuns: 2,
        warmRuns: 1,
      },
    );
    expect(results.filter((r) => r.error !== null)).toEqual([]);
    for (const r of results) {
      expect(r.cold).toHaveLength(2);
      expect(r.warm).toHaveLength(1);
      expect(r.coldMedian).toBeGreaterThanOrEqual(0);
    }
  });

  it('reports what a selector throws instead of crashing', () => {
    const ctx = { dataset: today, policy: loadPolicyData() };
    const spread = measureCase(
      {
        name: 'Math.min over every figure',
        covers: [],
        scaled: true,
        run: () => Math.min(...Array.from({ length: 1_000_000 }, (_, i) => i)),
      },
      ctx,
      { coldRuns: 1, warmRuns: 1 },
    );
    expect(spread.error).toMatch(/^RangeError: /);
    expect(spread.cold).toEqual([]);
  });

  it('names selector exports no case times, and today there are none', () => {
    expect(unmeasuredExports([])).toContain('selectCompare (src/data/selectors/compare/select.ts)');
    expect(unmeasuredExports(CASES)).toEqual([]);
  });
});
