/**
 * Prints the one line a CI log reader looks for: "N passed, M failed[, K skipped]", adding up
 * the unit/component tests (Vitest) and the browser tests (Playwright) of this run.
 * Usage: tsx scripts/ci-summary.ts [exit status of npm test]
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function read(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function vitest(report: unknown): Counts | null {
  const r = report as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
  } | null;
  if (!r || typeof r.numPassedTests !== 'number') return null;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

function playwright(report: unknown): Counts | null {
  const r = report as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  if (!r?.stats) return null;
  return {
    passed: (r.stats.expected ?? 0) + (r.stats.flaky ?? 0),
    failed: r.stats.unexpected ?? 0,
    skipped: r.stats.skipped ?? 0,
  };
}

interface Suite {
  title?: string;
  suites?: Suite[];
  specs?: { title: string; file?: string; tests?: { status?: string }[] }[];
}

function flakyTitles(report: unknown): string[] {
  const out: string[] = [];
  const walk = (suite: Suite, path: string[]) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? [])
      if (spec.tests?.some((t) => t.status === 'flaky')) out.push([...here, spec.title].join(' › '));
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of (report as { suites?: Suite[] } | null)?.suites ?? []) walk(suite, []);
  return out;
}

const status = Number(process.argv[2] ?? 0);
const unit = vitest(read('reports/unit.json'));
const e2e = playwright(read('reports/e2e.json'));
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const part of [unit, e2e]) {
  if (!part) continue;
  total.passed += part.passed;
  total.failed += part.failed;
  total.skipped += part.skipped;
}
const show = (name: string, c: Counts | null) =>
  c
    ? `${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`
    : `${name}: did not run`;
console.log(show('unit and component tests', unit));
console.log(show('browser tests', e2e));
// A browser test that passed only on its retry is counted as passed but named here, never hidden.
for (const title of flakyTitles(read('reports/e2e.json'))) console.log(`flaky (passed on retry): ${title}`);
if (status !== 0)
  console.log(
    `npm test exited with status ${status}${!unit || !e2e ? ' (a step before the tests failed, or the tests did not finish)' : ''}`,
  );
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
