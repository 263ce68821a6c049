/**
 * npm run bench:scale — times the dataset build and every selector of src/data/selectors at today's
 * size and with a synthetic dataset of ≈280 k figures (scripts/bench/scale/generate.ts, written to a
 * temporary directory). Cold = the first call on a dataset object (median of several fresh objects);
 * warm = a repeated call. Budget (issue 11): every selector under 50 ms cold at 280 k, and nothing
 * throws. Writes reports/bench-scale.json; --check exits 1 when the budget is broken.
 *
 * Flags: --check, --zones 232 --years 40 --indicators 30 (the synthetic size), --keep (keep the
 * generated files and print where), --cold-runs 5, --warm-runs 20.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ms, table, times } from '../lib/format';
import { ratio } from '../lib/stats';
import { DATA_DIR, loadPolicyData, readTables, ROOT } from './app';
import { CASES } from './cases';
import { FULL_SIZE, syntheticTexts, writeTables } from './generate';
import { measureSelectors, timeBuild, unmeasuredExports, type CaseResult } from './measure';
import { COMPARE_SIX, datasetParts } from './parts';

const BUDGET_COLD_MS = 50;

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    zones: { type: 'string', default: String(FULL_SIZE.zones) },
    years: { type: 'string', default: String(FULL_SIZE.years) },
    indicators: { type: 'string', default: String(FULL_SIZE.indicators) },
    'cold-runs': { type: 'string', default: '5' },
    'warm-runs': { type: 'string', default: '20' },
  },
});
const size = { zones: Number(args.zones), years: Number(args.years), indicators: Number(args.indicators) };
const options = { coldRuns: Number(args['cold-runs']), warmRuns: Number(args['warm-runs']) };

// The heap a dataset holds is only readable after a collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

const policy = loadPolicyData();
const todayTexts = readTables(DATA_DIR);
const synthetic = syntheticTexts(todayTexts, size);
const dir = writeTables(synthetic);
const scaledTexts = readTables(dir);
if (args.keep) console.log(`Synthetic dataset kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

console.log('Building today’s dataset…');
const today = timeBuild(todayTexts, 5, gc ?? null);
console.log(
  `Building the synthetic dataset (${size.zones} zones × ${size.years} years × ${size.indicators} indicators)…`,
);
const scaled = timeBuild(scaledTexts, 1, gc ?? null);

console.log('Timing selectors…');
const atToday = measureSelectors({ dataset: today.dataset, policy }, CASES, options);
const atScale = measureSelectors({ dataset: scaled.dataset, policy }, CASES, {
  coldRuns: Math.min(options.coldRuns, 3),
  warmRuns: options.warmRuns,
});

const verdict = (r: CaseResult, base: CaseResult | undefined) => {
  if (r.error || base?.error) return 'THROWS';
  if (r.scaled && !(r.coldMedian < BUDGET_COLD_MS)) return `> ${BUDGET_COLD_MS} ms`;
  return 'ok';
};
const cell = (r: CaseResult | undefined, v: number) => (r?.error ? 'throws' : ms(v));

const fig = (n: number) => n.toLocaleString('en');
console.log(
  `\nDataset compile at build time (parse + validate + pack): today ${fig(today.timing.figures)} figures in ${ms(today.timing.compile)};` +
    ` synthetic ${fig(scaled.timing.figures)} figures in ${ms(scaled.timing.compile)}; rows rejected: ${today.timing.issues} / ${scaled.timing.issues}`,
);
console.log(
  `Dataset load in the browser (JSON.parse + unpack of a ${today.timing.chunkMB.toFixed(2)} / ${scaled.timing.chunkMB.toFixed(1)} MB chunk):` +
    ` today ${ms(today.timing.median)} (median of ${today.timing.runs.length}); synthetic ${ms(scaled.timing.median)}` +
    (scaled.timing.heapMB !== null ? `, heap held ${scaled.timing.heapMB.toFixed(0)} MB` : ''),
);
const partsToday = datasetParts(todayTexts);
const partsScaled = datasetParts(scaledTexts);
const kb = (n: number) => `${n.toFixed(1)} kB`;
console.log('\nDataset parts (raw / gzip; load = JSON.parse + unpack), today and synthetic:');
console.log(
  table(
    ['part', 'today raw', 'today gzip', 'today load', 'synthetic raw', 'synthetic gzip', 'synthetic load'],
    partsToday.parts.map((p, i) => {
      const s = partsScaled.parts[i] as typeof p;
      return [p.name, kb(p.rawKB), kb(p.gzipKB), ms(p.loadMs), kb(s.rawKB), kb(s.gzipKB), ms(s.loadMs)];
    }),
  ),
);
console.log(`What each view downloads (Compare, 6 indicators: ${COMPARE_SIX.join(', ')}):`);
console.log(
  table(
    ['view', 'parts', 'today gzip', 'synthetic raw', 'synthetic gzip', 'synthetic load'],
    partsToday.views.map((v, i) => {
      const s = partsScaled.views[i] as typeof v;
      return [v.view, v.parts.join(' '), kb(v.gzipKB), kb(s.rawKB), kb(s.gzipKB), ms(s.loadMs)];
    }),
  ),
);
console.log(
  `\nSelectors, ms (cold = first call on a fresh dataset object, median; warm = repeated call, median)`,
);
const rows = atScale.map((r, i) => {
  const base = atToday[i];
  return [
    r.name + (r.scaled ? '' : ' ¹'),
    cell(base, base?.coldMedian ?? Number.NaN),
    cell(base, base?.warmMedian ?? Number.NaN),
    cell(r, r.coldMedian),
    cell(r, r.warmMedian),
    r.error || base?.error ? '' : times(ratio(r.coldMedian, base?.coldMedian ?? Number.NaN)),
    verdict(r, base),
  ];
});
console.log(
  table(
    [
      'selector',
      'today cold',
      'today warm',
      `${Math.round(scaled.timing.figures / 1000)} k cold`,
      `${Math.round(scaled.timing.figures / 1000)} k warm`,
      'cold ×today',
      `budget < ${BUDGET_COLD_MS} ms cold`,
    ],
    rows,
  ),
);
console.log('¹ policy tables, which the synthetic dataset does not grow');
for (const r of [
  ...atToday.map((x) => ['today', x] as const),
  ...atScale.map((x) => ['synthetic', x] as const),
])
  if (r[1].error) console.log(`  ${r[0]}: ${r[1].name} threw ${r[1].error}`);
const unmeasured = unmeasuredExports(CASES);
if (unmeasured.length)
  console.log(`\nNot measured (add a case to scripts/bench/scale/cases.ts): ${unmeasured.join(', ')}`);

const broken = rows.filter((r) => r[6] !== 'ok').map((r) => `${r[0]}: ${r[6]}`);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
const out = join(ROOT, 'reports/bench-scale.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg() },
      size,
      budget: { coldMs: BUDGET_COLD_MS, nothingThrows: true },
      build: { today: today.timing, synthetic: scaled.timing },
      parts: { today: partsToday, synthetic: partsScaled },
      selectors: atScale.map((r, i) => ({ name: r.name, scaled: r.scaled, today: atToday[i], synthetic: r })),
      unmeasured,
      broken,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${out}`);
if (broken.length) {
  console.log(`\nBudget broken:\n  ${broken.join('\n  ')}`);
  if (args.check) process.exitCode = 1;
  else console.log('(run with --check to fail on it)');
} else console.log('\nBudget met.');
