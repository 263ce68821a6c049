import type { Page } from '@playwright/test';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * Issue 12, break 4: after a visit, going offline and reloading gave the browser's error page. Now the
 * service worker keeps the app shell, every view, the dataset and every language, and offers a new
 * version through the notices when one is waiting.
 */

/** The first visit: the page registers the service worker, which precaches everything before it is ready. */
async function firstVisit(page: Page) {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // A page is controlled from its next load on (the worker does not claim open pages).
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const VIEWS: Array<{ search: string; heading: { en: string; zh: string }; chart: boolean }> = [
  { search: '', heading: { en: 'National ETDZs at a glance', zh: '国家级经开区概览' }, chart: true },
  {
    search: 'view=compare&ind=gdp',
    heading: { en: 'Compare indicators', zh: '指标对比' },
    chart: true,
  },
  { search: 'view=growth', heading: { en: 'Zone growth', zh: '经开区数量增长' }, chart: true },
  { search: 'view=policies', heading: { en: 'Policies', zh: '政策' }, chart: false },
  { search: 'view=sources', heading: { en: 'Sources', zh: '出处' }, chart: false },
];

test.describe('offline after the first visit', () => {
  test('every view and a slide open offline, in both languages', async ({ page, context }) => {
    await firstVisit(page);
    await context.setOffline(true);
    // The browser itself says so: nothing below can come from the network.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    for (const lang of ['en', 'zh'] as const) {
      for (const view of VIEWS) {
        await page.goto(`/?${view.search ? `${view.search}&` : ''}lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1, name: view.heading[lang] })).toBeVisible();
        if (view.chart) await expect(page.locator('main .recharts-surface').first()).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      }
      await page.goto(`/?present=2&lang=${lang}`);
      await expect(page.locator('.shell--presenting')).toBeVisible();
      await expect(page.locator('main .recharts-surface').first()).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
  });

  test('a reload offline shows the page, not the browser’s error page', async ({ page, context }) => {
    await firstVisit(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '国家级经开区概览' })).toBeVisible();
  });
});

const SW_FILE = 'dist/sw.js';

test.describe('a new version', () => {
  test('is offered in the notices when it is waiting, and Reload takes it', async ({ page }) => {
    await firstVisit(page);
    await expect(page.getByText('A new version of the dashboard is available.')).toHaveCount(0);

    // Publish a "new version": the preview server reads dist/ on each request, so one more byte in the
    // worker script is a new worker. (Request interception does not see the browser's update check.)
    const original = readFileSync(SW_FILE, 'utf8');
    try {
      appendFileSync(SW_FILE, '\n// a new version\n');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });

      const notice = page
        .getByRole('status')
        .filter({ hasText: 'A new version of the dashboard is available.' });
      await expect(notice).toBeVisible();
      // The old version keeps the page until the reader chooses.
      expect(
        await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
      ).toBe(true);
      await page.evaluate(() => Object.assign(window, { beforeReload: true }));
      const reloaded = page.waitForEvent('framenavigated');
      await notice.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await page.waitForLoadState();
      expect(await page.evaluate(() => 'beforeReload' in window)).toBe(false);
      await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
      await expect(page.getByText('A new version of the dashboard is available.')).toHaveCount(0);
      // The page is now controlled by the new worker, and nothing waits any more.
      expect(
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
        }),
      ).toEqual({ waiting: false, controlled: true });
    } finally {
      writeFileSync(SW_FILE, original);
    }
  });
});
