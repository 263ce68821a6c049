import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The heavy selection of the interaction bench: four panels, only the first on a 1280×800 screen. */
const PAGE =
  '/?view=compare&lang=en&ind=gdp,trade_total_cny,fdi_actual_usd,gdp_yoy_pct,tax_revenue,zone_count&reg=east,central,west,northeast';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * Scrolls a panel's chart (the last by default) into view and reads it at each of the next frames until
 * its key contains `text`: what a reader sees, and after how many frames (10 and more: never caught up).
 */
function scrollToChart(page: Page, text: string, heading?: string) {
  return page.evaluate(
    async ({ text, heading }) => {
      const panels = [...document.querySelectorAll('.compare-panel')];
      const panel = (
        heading ? panels.find((p) => p.querySelector('h2')?.textContent?.startsWith(heading)) : panels.at(-1)
      ) as HTMLElement;
      panel.querySelector('.chart-plot')?.scrollIntoView({ block: 'center' });
      const read = () => ({
        key: panel.querySelector('.chart-key')?.textContent ?? '',
        curves: panel.querySelectorAll('path.recharts-curve').length,
      });
      let frames = 0;
      for (; frames < 10 && !read().key.includes(text); frames += 1)
        await new Promise((done) => requestAnimationFrame(done));
      return { ...read(), frames };
    },
    { text, heading },
  );
}

test.describe('Compare panels far below the screen', () => {
  test('keep their drawing through a language switch and catch up as soon as they are scrolled to', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const last = page.locator('.compare-panel').last();
    await expect(last.locator('.recharts-surface')).toBeAttached();
    await expect(last.locator('.chart-key')).toContainText('Northeast');
    const heading = page.locator('.compare-panel h2').last();
    await expect(heading).toContainText('ETDZs');

    await page.getByRole('button', { name: '中文', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('指标对比');
    // The frame around the chart is current at once, for everyone, wherever it is on the page.
    await expect(heading).toContainText('经开区');
    // The chart a screen below is left as it was drawn until a reader comes near it.
    expect(await last.locator('.chart-key').textContent()).toContain('Northeast');

    // The observer reports the scroll at the next frame and the chart is redrawn in that report's task;
    // on a busy machine Chromium may run that task after one more frame. Never later than that.
    const seen = await scrollToChart(page, '东北');
    expect(seen.frames).toBeLessThanOrEqual(3);
    expect(seen.key).not.toContain('Northeast');
  });

  test('draw a region added while they were off screen when scrolled to', async ({ page }) => {
    await page.goto(PAGE);
    // The third panel, growth rates, starts well below a 1280×800 screen.
    const growth = page.locator('.compare-panel', {
      has: page.getByRole('heading', { level: 2, name: /^Regional GDP, year-on-year/ }),
    });
    // The panel's chart mounts once the view has painted: wait for its lines.
    await expect.poll(() => growth.locator('path.recharts-curve').count()).toBeGreaterThan(0);
    const before = await growth.locator('path.recharts-curve').count();
    await page.getByRole('checkbox', { name: 'All national ETDZs', exact: true }).check();
    await expect(growth.getByRole('heading', { level: 2 })).toContainText('All national ETDZs');
    expect(await growth.locator('path.recharts-curve').count()).toBe(before);

    const seen = await scrollToChart(page, 'All national ETDZs', 'Regional GDP, year-on-year');
    expect(seen.frames).toBeLessThanOrEqual(3);
    // Recharts draws a line it has not drawn before in a commit of its own, just after.
    await expect
      .poll(() => growth.locator('path.recharts-curve').count(), { timeout: 1000 })
      .toBeGreaterThan(before);
  });

  test('are all up to date on paper', async ({ page }) => {
    await page.goto(PAGE);
    const last = page.locator('.compare-panel').last();
    await expect(last.locator('.chart-key')).toContainText('Northeast');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('指标对比');
    await page.emulateMedia({ media: 'print' });
    await expect(last.locator('.chart-key')).toContainText('东北');
    await expect(last.locator('.chart-key')).not.toContainText('Northeast');
  });
});
