/** Runs interactions and playback in Chromium with the harness injected, at a given CPU slowdown. */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
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
  return { context, page };
}

/** Quiet time after the last DOM change before an interaction counts as finished (slower CPU, longer). */
const quietMs = (rate: number) => 150 * rate;

export async function runInteraction(
  browser: Browser,
  baseUrl: string,
  interaction: Interaction,
  { reps, warmup, rate }: RunOptions,
): Promise<InteractionRun> {
  const url = baseUrl + interaction.path;
  let { context, page } = await openPage(browser, url, rate, interaction.ready);
  const samples: Sample[] = [];
  const errors: string[] = [];
  // k counts steps since the page loaded: after a reload the alternation starts again.
  let k = 0;
  for (let i = 0; i < warmup + reps; i += 1) {
    const step = interaction.step(k);
    try {
      await page.evaluate(`window.__bench.arm(${JSON.stringify(step.expect)}, ${quietMs(rate)})`);
      await step.act(page);
      k += 1;
      await page.waitForFunction('window.__bench.settled()', undefined, {
        timeout: 15_000 * rate,
        polling: 50,
      });
      // Event Timing entries are delivered after the frame they describe.
      await page.waitForTimeout(60);
      const sample = (await page.evaluate('window.__bench.result()')) as Sample | null;
      if (!sample) throw new Error('no input was seen');
      if (i >= warmup) samples.push(sample);
    } catch (error) {
      const status = await page.evaluate('window.__bench && window.__bench.status()').catch(() => null);
      errors.push(
        `step ${i + 1}: ${(error as Error).message.split('\n')[0]} (state: ${JSON.stringify(status)})`,
      );
      await context.close();
      ({ context, page } = await openPage(browser, url, rate, interaction.ready));
      k = 0;
    }
    await page.waitForTimeout(100);
  }
  await context.close();
  return { samples, errors };
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
