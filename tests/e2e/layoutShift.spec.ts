import { expect, test } from './fixtures';

/**
 * Issue 11, must have 3: a first view that does not jump (CLS ≤ 0.02). A chart's drawing code is its
 * own chunk; while it loads, the frame must already be the chart's size, or the key and source line
 * below jump down when it arrives. The chunk is held back so the placeholder is surely on screen.
 */

test.use({ serviceWorkers: 'block' });

const VIEWS = [
  { view: 'overview', chunk: /\/ZoneCountChart-[^/]*\.js$/ },
  { view: 'compare', chunk: /\/CompareChart-[^/]*\.js$/ },
  { view: 'growth', chunk: /\/CountChart-[^/]*\.js$/ },
] as const;

const SIZES = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
] as const;

for (const lang of ['zh', 'en'] as const)
  for (const size of SIZES)
    for (const { view, chunk } of VIEWS)
      test(`${view}, ${lang}, ${size.width}×${size.height}: the chart arriving late moves nothing`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[])
              if (!e.hadRecentInput) w.shifts.push(e.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        let held = false;
        await page.route(
          (url) => chunk.test(url.pathname),
          async (route) => {
            held = true;
            await new Promise((resolve) => setTimeout(resolve, 1500));
            await route.continue();
          },
        );
        await page.goto(`/?view=${view}&lang=${lang}`);
        // A chart more than a screen below (the Overview's, on a phone) mounts once a reader comes near
        // it: scrolled to, it still moves nothing when it arrives.
        await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
        await page.waitForTimeout(1000);
        if (!held) await page.locator('.chart-slot').first().scrollIntoViewIfNeeded();
        await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible({
          timeout: 15_000,
        });
        await page.waitForTimeout(500);
        expect(held, 'the chart chunk was held back').toBe(true);
        const cls = await page.evaluate(() =>
          (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
        );
        expect(cls).toBeLessThanOrEqual(0.02);
      });
