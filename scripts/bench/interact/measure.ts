/** Runs interactions and playback in Chromium with the harness injected, at a given CPU slowdown. */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Interaction } from './interactions';
import { PLAYBACK } from './interactions';

const HARNESS = resolve(import.meta.dirname, 'harness.js');

export interface Sample {
  /** Input → the frame after the last DOM change of the interaction (ms). */
  duration: number;
  /** Input → the first DOM change after which the expected end state holds. */
  doneAfter: number;
  /** Longest Event Timing entry of the interaction; null = under the API's 16 ms threshold. */
  event: number | null;
  longTasks: number[];
}

export interface RunOptions {
  reps: number;
  warmup: number;
  rate: number;
}

export interface InteractionRun {
  samples: Sample[];
  errors: string[];
}

async function openPage(browser: Browser, url: string, rate: number, ready: (page: Page) => Promise<void>) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    // As in the browser tests: Recharts skips animations, so each change is drawn at once.
    reducedMotion: 'reduce',
    locale: 'en-US',
    // The app's Content-Security-Policy forbids eval, which Playwright's waitForFunction(string) uses.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.addInitScript({ path: HARNESS });
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  await ready(page);
  // Lazy chunks and the charts' first re-measure settle before anything is timed.
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

const throttle = (s: Session, rate: number) => s.cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Quiet time after the last DOM change before an interaction counts as finished (slower CPU, longer). */
const quietMs = (rate: number) => 150 * rate;

interface Session {
  interaction: Interaction;
  url: string;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Steps since the page loaded: after a reload the alternation starts again. */
  k: number;
  run: InteractionRun;
}

/** One repetition on one page: arm the harness, act, wait until the result is painted and quiet. */
async function repeat(browser: Browser, s: Session, measured: boolean, label: string, rate: number) {
  const step = s.interaction.step(s.k);
  try {
    await s.page.evaluate(`window.__bench.arm(${JSON.stringify(step.expect)}, ${quietMs(rate)})`);
    await step.act(s.page);
    s.k += 1;
    await s.page.waitForFunction('window.__bench.settled()', undefined, {
      timeout: 15_000 * rate,
      polling: 50,
    });
    // Event Timing entries are delivered after the frame they describe.
    await s.page.waitForTimeout(60);
    const sample = (await s.page.evaluate('window.__bench.result()')) as Sample | null;
    if (!sample) throw new Error('no input was seen');
    if (measured) s.run.samples.push(sample);
  } catch (error) {
    const status = await s.page.evaluate('window.__bench && window.__bench.status()').catch(() => null);
    s.run.errors.push(
      `${label}: ${(error as Error).message.split('\n')[0]} (state: ${JSON.stringify(status)})`,
    );
    await s.context.close();
    Object.assign(s, await openPage(browser, s.url, rate, s.interaction.ready), { k: 0 });
  }
}

/**
 * Runs every interaction in rounds — one repetition of each per round, each on its own page — so a
 * burst of load from elsewhere on the machine falls on the app and the minimal page alike, and the
 * ratios between them hold even when the absolute figures are noisy.
 */
export async function runInteractions(
  browser: Browser,
  urlOf: (interaction: Interaction) => string,
  interactions: readonly Interaction[],
  { reps, warmup, rate }: RunOptions,
  progress: (round: number, rounds: number) => void = () => {},
): Promise<Map<string, InteractionRun>> {
  const sessions: Session[] = [];
  for (const interaction of interactions) {
    const url = urlOf(interaction) + interaction.path;
    const opened = await openPage(browser, url, rate, interaction.ready);
    sessions.push({ interaction, url, ...opened, k: 0, run: { samples: [], errors: [] } });
    await throttle(sessions.at(-1) as Session, 1);
  }
  try {
    for (let i = 0; i < warmup + reps; i += 1) {
      progress(i + 1, warmup + reps);
      for (const s of sessions) {
        // Only the page being measured is slowed. Throttled pages slow one another even when idle: with
        // the bench's eight pages at 4×, the minimal page's series change took 759 ms (p50) against 165 ms
        // with two open, which inflated every 4× figure and bent the ratios.
        await throttle(s, rate);
        await repeat(browser, s, i >= warmup, `repetition ${i + 1}`, rate);
        await throttle(s, 1);
        await s.page.waitForTimeout(100);
      }
    }
  } finally {
    await Promise.all(sessions.map((s) => s.context.close()));
  }
  return new Map(sessions.map((s) => [s.interaction.id, s.run]));
}

export interface PlaybackRun {
  rate: number;
  seconds: number;
  framesPerSecond: number;
  /** Share of the time spent in long tasks (0–1). */
  longTaskShare: number;
  longestTask: number;
  fromYear: number;
  toYear: number;
  error?: string;
}

export async function runPlayback(browser: Browser, baseUrl: string, rate: number): Promise<PlaybackRun> {
  let context: BrowserContext | null = null;
  try {
    const opened = await openPage(browser, baseUrl + PLAYBACK.path, rate, PLAYBACK.ready);
    context = opened.context;
    const page = opened.page;
    await PLAYBACK.speedControl(page).selectOption(PLAYBACK.speed);
    const fromYear = Number(await PLAYBACK.slider(page).getAttribute('aria-valuenow'));
    await page.waitForTimeout(300);
    await page.evaluate('window.__bench.startFrames()');
    await PLAYBACK.play(page).click();
    await page.waitForTimeout(PLAYBACK.seconds * 1000);
    const frames = (await page.evaluate('window.__bench.stopFrames()')) as {
      elapsed: number;
      frames: number;
      longTaskTime: number;
      longest: number;
    };
    const toYear = Number(await PLAYBACK.slider(page).getAttribute('aria-valuenow'));
    return {
      rate,
      seconds: frames.elapsed / 1000,
      framesPerSecond: frames.frames / (frames.elapsed / 1000),
      longTaskShare: frames.longTaskTime / frames.elapsed,
      longestTask: frames.longest,
      fromYear,
      toYear,
    };
  } catch (error) {
    return {
      rate,
      seconds: 0,
      framesPerSecond: Number.NaN,
      longTaskShare: Number.NaN,
      longestTask: Number.NaN,
      fromYear: Number.NaN,
      toYear: Number.NaN,
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    await context?.close();
  }
}
