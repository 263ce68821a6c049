/**
 * npm run bench:interact — how long the dashboard's interactions take next to a minimal page of the
 * same libraries, in one run: p50/p95 of 20 repetitions at 1× and 4× CPU, the ratio to the minimal
 * page's series change, Zone growth playback, and issue 11's budgets. Writes reports/bench-interact.json.
 *
 * Flags: --reuse-dist (serve the existing dist/ instead of building), --check (exit 1 when a budget
 * is broken; without it the report is written and the exit code is 0), --reps N (default 20),
 * --rates 1,4, --only id,id (interaction ids; the reference always runs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium';
import { ROOT, servePages } from '../lib/pages';
import { APP_INTERACTIONS, MINIMAL_INTERACTIONS, REFERENCE_ID } from './interactions';
import { runInteractions, runPlayback, type PlaybackRun } from './measure';
import {
  addRatios,
  BUDGET,
  printInteractions,
  printPlayback,
  printVerdicts,
  summarizeRun,
  verdicts,
  type InteractionResult,
} from './report';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    'reuse-dist': { type: 'boolean', default: false },
    reps: { type: 'string', default: '20' },
    rates: { type: 'string', default: '1,4' },
    only: { type: 'string' },
  },
});
const reps = Number(args.reps);
const rates = args.rates.split(',').map(Number);
const only = args.only?.split(',');
const chosen = [...MINIMAL_INTERACTIONS, ...APP_INTERACTIONS].filter(
  (i) => !only || only.includes(i.id) || i.id === REFERENCE_ID,
);
const withPlayback = !only || only.includes('playback');

const pages = await servePages({ reuseDist: args['reuse-dist'] });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const results: InteractionResult[] = [];
const playback: PlaybackRun[] = [];
const started = Date.now();
try {
  console.log(`App ${pages.app} · minimal page ${pages.minimal}`);
  for (const rate of rates) {
    const runs = await runInteractions(
      browser,
      (i) => (i.page === 'app' ? pages.app : pages.minimal),
      chosen,
      { reps, warmup: 2, rate },
      (round, rounds) => {
        const text = `  CPU ${rate}×: round ${round} of ${rounds} (one repetition of each interaction)`;
        if (process.stdout.isTTY) process.stdout.write(`\r${text}`);
        else if (round === 1 || round % 5 === 0) console.log(text);
      },
    );
    if (process.stdout.isTTY) process.stdout.write('\n');
    for (const interaction of chosen) {
      const run = runs.get(interaction.id) ?? { samples: [], errors: ['not run'] };
      results.push(summarizeRun(interaction, rate, run));
      if (run.errors.length)
        console.log(`  ${interaction.id}: ${run.errors.length} failed, first: ${run.errors[0]}`);
    }
    if (withPlayback) {
      process.stdout.write(`  CPU ${rate}×: Zone growth playback …`);
      playback.push(await runPlayback(browser, pages.app, rate));
      console.log(' done');
    }
  }
} finally {
  await browser.close();
  await pages.close();
}

addRatios(results);
const list = verdicts(results, playback);
printInteractions(results);
if (playback.length) printPlayback(playback);
printVerdicts(list);

mkdirSync(join(ROOT, 'reports'), { recursive: true });
const out = join(ROOT, 'reports/bench-interact.json');
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      minutes: (Date.now() - started) / 60_000,
      machine: { cpus: cpus().length, loadavg: loadavg() },
      reps,
      rates,
      measure:
        'input (click/keydown timeStamp) → the frame after the last DOM change of the interaction, ms; Event Timing durations beside it',
      budget: BUDGET,
      interactions: results,
      playback,
      verdicts: list,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${out}`);
const broken = list.filter((v) => !v.ok);
if (broken.length && args.check) {
  console.error(`${broken.length} budget(s) broken.`);
  process.exitCode = 1;
} else if (broken.length)
  console.log(`${broken.length} budget(s) broken (run with --check to fail on them).`);
