/** Turns raw samples into the p50/p95 table, the ratios to the minimal page, and the budget verdicts. */
import { summarize, ratio, type Summary } from '../lib/stats';
import { ms, table, times } from '../lib/format';
import { REFERENCE_ID, type Interaction } from './interactions';
import type { InteractionRun, PlaybackRun } from './measure';

/** Issue 11's budgets. */
export const BUDGET = {
  /** Language switch and filter change p95 ≤ this × the minimal page's series change p95, same CPU rate. */
  ratioToReference: 2,
  /** Zone growth playback at 1× CPU. */
  minFramesPerSecond: 30,
  /** Zone growth playback at 4× CPU: no long task over this. */
  maxLongTaskMs: 100,
};

/** Event Timing reports nothing under 16 ms: such an interaction counts as 16, an upper bound. */
const EVENT_FLOOR = 16;

export interface InteractionResult {
  id: string;
  label: string;
  page: 'app' | 'minimal';
  rate: number;
  budget: boolean;
  duration: Summary;
  event: Summary & { underThreshold: number };
  longestTask: number;
  ratioP50: number;
  ratioP95: number;
  samples: number[];
  errors: string[];
}

export interface Verdict {
  what: string;
  rate: number;
  value: number;
  limit: string;
  ok: boolean;
}

const round = (s: Summary): Summary => ({
  n: s.n,
  p50: Math.round(s.p50 * 10) / 10,
  p95: Math.round(s.p95 * 10) / 10,
  min: Math.round(s.min * 10) / 10,
  max: Math.round(s.max * 10) / 10,
});

export function summarizeRun(interaction: Interaction, rate: number, run: InteractionRun): InteractionResult {
  const events = run.samples.map((s) => s.event);
  return {
    id: interaction.id,
    label: interaction.label,
    page: interaction.page,
    rate,
    budget: !!interaction.budget,
    duration: round(summarize(run.samples.map((s) => s.duration))),
    event: {
      ...round(summarize(events.map((e) => e ?? EVENT_FLOOR))),
      underThreshold: events.filter((e) => e === null).length,
    },
    longestTask: Math.max(0, ...run.samples.flatMap((s) => s.longTasks)),
    ratioP50: Number.NaN,
    ratioP95: Number.NaN,
    samples: run.samples.map((s) => Math.round(s.duration * 10) / 10),
    errors: run.errors,
  };
}

/** Fills in each result's ratio to the reference of the same CPU rate. */
export function addRatios(results: InteractionResult[]) {
  for (const r of results) {
    const ref = results.find((x) => x.id === REFERENCE_ID && x.rate === r.rate);
    r.ratioP50 = ratio(r.duration.p50, ref?.duration.p50 ?? Number.NaN);
    r.ratioP95 = ratio(r.duration.p95, ref?.duration.p95 ?? Number.NaN);
  }
}

export function verdicts(results: InteractionResult[], playback: PlaybackRun[]): Verdict[] {
  const out: Verdict[] = [];
  for (const r of results.filter((x) => x.budget))
    out.push({
      what: `${r.label}: p95 ÷ minimal page's series change p95`,
      rate: r.rate,
      value: r.ratioP95,
      limit: `≤ ${BUDGET.ratioToReference}×`,
      ok: r.errors.length === 0 && r.ratioP95 <= BUDGET.ratioToReference,
    });
  for (const p of playback) {
    if (p.rate === 1)
      out.push({
        what: 'Zone growth playback, frames/s',
        rate: p.rate,
        value: p.framesPerSecond,
        limit: `≥ ${BUDGET.minFramesPerSecond}`,
        ok: !p.error && p.framesPerSecond >= BUDGET.minFramesPerSecond,
      });
    if (p.rate === 4)
      out.push({
        what: 'Zone growth playback, longest long task (ms)',
        rate: p.rate,
        value: p.longestTask,
        limit: `≤ ${BUDGET.maxLongTaskMs}`,
        ok: !p.error && p.longestTask <= BUDGET.maxLongTaskMs,
      });
  }
  return out;
}

const eventCell = (e: InteractionResult['event']) =>
  `${e.p50 <= EVENT_FLOOR ? '<16' : ms(e.p50)} / ${e.p95 <= EVENT_FLOOR ? '<16' : ms(e.p95)}`;

export function printInteractions(results: InteractionResult[]) {
  for (const rate of [...new Set(results.map((r) => r.rate))]) {
    console.log(
      `\nCPU ${rate}× — input → next frame after the last change, ${results[0]?.samples.length ?? 0} repetitions`,
    );
    const rows = results
      .filter((r) => r.rate === rate)
      .map((r) => [
        `${r.page === 'app' ? 'app    ' : 'minimal'}  ${r.label}${r.budget ? ' *' : ''}`,
        `${ms(r.duration.p50)} / ${ms(r.duration.p95)}`,
        eventCell(r.event),
        ms(r.longestTask || null),
        `${times(r.ratioP50)} / ${times(r.ratioP95)}`,
        r.errors.length ? `${r.errors.length} failed` : '',
      ]);
    console.log(
      table(
        [
          'interaction (* = budgeted)',
          'p50 / p95',
          'Event Timing p50 / p95',
          'longest task',
          'ratio to reference p50 / p95',
          '',
        ],
        rows,
      ),
    );
  }
}

export function printPlayback(playback: PlaybackRun[]) {
  console.log('\nZone growth playback, speed 4');
  console.log(
    table(
      ['CPU', 'frames/s', 'time in long tasks', 'longest long task', 'years played', ''],
      playback.map((p) => [
        `${p.rate}×`,
        Number.isNaN(p.framesPerSecond) ? '—' : p.framesPerSecond.toFixed(1),
        Number.isNaN(p.longTaskShare) ? '—' : `${(p.longTaskShare * 100).toFixed(0)} %`,
        ms(p.longestTask),
        `${p.fromYear} → ${p.toYear} in ${p.seconds.toFixed(1)} s`,
        p.error ?? '',
      ]),
    ),
  );
}

export function printVerdicts(list: Verdict[]) {
  console.log('\nBudgets (issue 11)');
  console.log(
    table(
      ['budget', 'CPU', 'measured', 'limit', ''],
      list.map((v) => [
        v.what,
        `${v.rate}×`,
        Number.isNaN(v.value) ? '—' : v.value.toFixed(1),
        v.limit,
        v.ok ? 'met' : 'BROKEN',
      ]),
    ),
  );
}
