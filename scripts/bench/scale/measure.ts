/** Times selectors cold (first call on a dataset object) and warm, catching what they throw. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { median } from '../lib/stats';
import { ROOT, compileTexts, loadCompiled, type Dataset, type TableTexts } from './app';
import { MEASURED_INSIDE, type Context, type SelectorCase } from './cases';

export interface CaseResult {
  name: string;
  scaled: boolean;
  /** One time per fresh dataset object (every per-dataset cache empty), ms. */
  cold: number[];
  /** Repeated calls on the same dataset object, ms. */
  warm: number[];
  coldMedian: number;
  warmMedian: number;
  /** What the selector threw, e.g. "RangeError: Maximum call stack size exceeded". */
  error: string | null;
}

export interface MeasureOptions {
  coldRuns: number;
  warmRuns: number;
}

/**
 * A copy the per-dataset caches (WeakMaps keyed by the dataset object) have never seen: the first
 * call on it is what a view pays the first time it shows this dataset, shared indexes included.
 */
const fresh = (ctx: Context): Context => ({ dataset: { ...ctx.dataset }, policy: { ...ctx.policy } });

export function measureCase(
  c: SelectorCase,
  ctx: Context,
  { coldRuns, warmRuns }: MeasureOptions,
): CaseResult {
  const cold: number[] = [];
  const warm: number[] = [];
  let error: string | null = null;
  try {
    let last = fresh(ctx);
    for (let i = 0; i < coldRuns; i += 1) {
      last = fresh(ctx);
      const input = c.setup?.(last);
      const t0 = performance.now();
      c.run(last, input);
      cold.push(performance.now() - t0);
    }
    const input = c.setup?.(last);
    for (let i = 0; i < warmRuns; i += 1) {
      const t0 = performance.now();
      c.run(last, input);
      warm.push(performance.now() - t0);
    }
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return {
    name: c.name,
    scaled: c.scaled,
    cold,
    warm,
    coldMedian: median(cold),
    warmMedian: median(warm),
    error,
  };
}

export function measureSelectors(ctx: Context, cases: readonly SelectorCase[], options: MeasureOptions) {
  return cases.map((c) => measureCase(c, ctx, options));
}

export interface BuildTiming {
  /** Parse, check and pack at build time, once, ms. */
  compile: number;
  /** The packed chunk's size, MB (before gzip). */
  chunkMB: number;
  /** Loading the packed chunk in the browser (JSON.parse + unpack), one time per run, ms. */
  runs: number[];
  median: number;
  figures: number;
  issues: number;
  /** Heap the built dataset holds, MB; null when the garbage collector cannot be called. */
  heapMB: number | null;
}

/**
 * The build-time compile once, then the browser's load of its output `runs` times; the last result is
 * returned for the selectors.
 */
export function timeBuild(texts: TableTexts, runs: number, gc: (() => void) | null) {
  const c0 = performance.now();
  const compiled = compileTexts(texts);
  const compile = performance.now() - c0;
  const times: number[] = [];
  let dataset: Dataset | null = null;
  let heapMB: number | null = null;
  for (let i = 0; i < Math.max(1, runs); i += 1) {
    // The previous copy must be collectable before the heap is read.
    dataset = null;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    dataset = loadCompiled(compiled.json);
    times.push(performance.now() - t0);
    if (gc) {
      gc();
      heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    }
  }
  const built = dataset as Dataset;
  const timing: BuildTiming = {
    compile,
    chunkMB: compiled.json.length / 2 ** 20,
    runs: times,
    median: median(times),
    figures: built.observations.length,
    issues: compiled.issues,
    heapMB,
  };
  return { dataset: built, timing };
}

/** Selector exports (functions, not constants) under src/data/selectors that no case times. */
export function unmeasuredExports(cases: readonly SelectorCase[]): string[] {
  const dir = join(ROOT, 'src/data/selectors');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) files.push(path);
    }
  };
  walk(dir);
  const covered = new Set([...cases.flatMap((c) => c.covers), ...Object.keys(MEASURED_INSIDE)]);
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^export (?:async )?function (\w+)|^export const ([a-z]\w*) =/gm)) {
      const name = (m[1] ?? m[2]) as string;
      if (!covered.has(name)) out.push(`${name} (${relative(ROOT, file)})`);
    }
  }
  return out;
}
