/**
 * npm run bench:profile — where the main thread's time goes during one interaction of the
 * interaction bench, repeated: a Chrome CPU profile (CDP Profiler) of the built app, summed by
 * function (self time), the top lines printed. Profile before optimising, and again after.
 *
 * Flags: --only lang-compare (an interaction id of bench:interact, or `playback`), --reps N (10),
 * --rate N (CPU slowdown, 1), --top N (25), --reuse-dist, --out file.cpuprofile (the raw profile,
 * to open in Chrome DevTools).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium';
import { servePages } from '../lib/pages';
import { APP_INTERACTIONS } from '../interact/interactions';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'lang-compare' },
    reps: { type: 'string', default: '10' },
    rate: { type: 'string', default: '1' },
    top: { type: 'string', default: '25' },
    'reuse-dist': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    scriptId: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Playwright's own in-page code (locator queries, actionability checks: getTextAlternativeInternal,
 * checkVisibility, getAriaRole …) runs on the same main thread during an interaction and was counted
 * as the app's. It is script without an address (scriptId not "0", which is V8's native code, and an
 * empty url); the app's and the browser's built-ins it calls are charged to it too.
 */
function isToolFrame(node: ProfileNode): boolean {
  return node.callFrame.url === '' && node.callFrame.scriptId !== '0' && node.callFrame.functionName !== '';
}

/** Self time per function (name + file + position), in ms, biggest first, and the tools' time apart. */
function selfTimes(profile: Profile): { rows: { name: string; ms: number }[]; toolMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const toolCache = new Map<number, boolean>();
  const underTool = (id: number): boolean => {
    const known = toolCache.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (isToolFrame(node) || (up !== undefined && underTool(up)));
    toolCache.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  let toolMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (underTool(id)) {
      toolMs += ms;
      return;
    }
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + ms);
  });
  return { rows: [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms), toolMs };
}

const reps = Number(args.reps);
const rate = Number(args.rate);
const pages = await servePages({ reuseDist: args['reuse-dist'] });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  let run: (k: number) => Promise<void>;
  if (args.only === 'playback') {
    await page.goto(`${pages.app}/?view=growth&lang=en&year=1984`);
    await page.locator('.recharts-surface').first().waitFor();
    run = async () => {
      await page.keyboard.press('Escape');
      await page
        .getByRole('button', { name: /^(Play|播放)/ })
        .first()
        .click();
      await page.waitForTimeout(4000);
      await page
        .getByRole('button', { name: /^(Pause|暂停)/ })
        .first()
        .click();
    };
  } else {
    const interaction = APP_INTERACTIONS.find((i) => i.id === args.only);
    if (!interaction) throw new Error(`no interaction ${args.only}`);
    await page.goto(`${pages.app}${interaction.path}`);
    await interaction.ready(page);
    run = async (k) => {
      await interaction.step(k).act(page);
      await page.waitForTimeout(700 * rate);
    };
  }
  for (let k = 0; k < 2; k++) await run(k);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let k = 2; k < 2 + reps; k++) await run(k);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (args.out) writeFileSync(args.out, JSON.stringify(profile));
  const { rows, toolMs } = selfTimes(profile);
  const busy = rows.filter((r) => !/^\((idle|program|garbage collector)\)/.test(r.name));
  const busyMs = busy.reduce((s, r) => s + r.ms, 0);
  const gc = rows.find((r) => r.name.startsWith('(garbage collector)'))?.ms ?? 0;
  console.log(
    `${args.only} × ${reps} at ${rate}× CPU: ${busyMs.toFixed(0)} ms of script (${(busyMs / reps).toFixed(1)} ms per repetition), GC ${gc.toFixed(0)} ms; Playwright's in-page code ${toolMs.toFixed(0)} ms, left out`,
  );
  console.log('self ms   share  function');
  for (const r of busy.slice(0, Number(args.top)))
    console.log(
      `${r.ms.toFixed(1).padStart(7)}  ${((100 * r.ms) / busyMs).toFixed(1).padStart(5)} %  ${r.name}`,
    );
} finally {
  await browser.close();
  await pages.close();
}
