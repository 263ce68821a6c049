import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { blockAssets } from './support/blockAssets';

/**
 * Issue 12, break 1: a chunk that failed to arrive used to stay failed until a full reload. Each test
 * blocks one chunk with page.route, sees the view's error panel, lets the chunk through again and
 * expects the view back — by "Try again", by leaving and coming back, or by the connection returning.
 */

// The offline copy would serve the blocked chunk; these tests are about the network itself.
test.use({ serviceWorkers: 'block' });

test.beforeEach(({ tolerated }) => {
  // The blocked request and the error the view's boundary catches are logged, as they should be.
  tolerated.push(/Failed to load resource|dynamically imported module|net::ERR_|Unable to preload CSS/);
});

const tryAgain = (page: Page) => page.getByRole('button', { name: 'Try again' });
const errorPanel = (page: Page) => page.getByRole('alert').filter({ has: tryAgain(page) });

test.describe('chunks that fail to load heal', () => {
  test('the view chunk: "Try again" after the network is back shows the view', async ({ page }) => {
    const chunk = await blockAssets(page, /\/CompareView-[^/]*\.js$/);
    await page.goto('/?view=compare&lang=en');
    await expect(errorPanel(page)).toBeVisible();
    await expect(errorPanel(page).getByRole('heading')).toHaveText('This view could not be loaded');
    expect(chunk.blocked.length).toBeGreaterThan(0);

    chunk.release();
    await tryAgain(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await expect(errorPanel(page)).toHaveCount(0);
  });

  test('the view chunk: leaving the view and coming back loads it', async ({ page }) => {
    const chunk = await blockAssets(page, /\/GrowthView-[^/]*\.js$/);
    await page.goto('/?view=growth&lang=en');
    await expect(errorPanel(page)).toBeVisible();
    chunk.release();

    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await nav.getByRole('link', { name: 'Zone growth' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zone growth' })).toBeVisible();
  });

  test('the chart chunk of a view: "Try again" draws the chart', async ({ page }) => {
    const chunk = await blockAssets(page, /\/CompareChart-[^/]*\.js$/);
    await page.goto('/?view=compare&lang=en&ind=gdp');
    await expect(errorPanel(page)).toBeVisible();
    chunk.release();
    await tryAgain(page).click();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
  });

  test('the chart library: "Try again" draws the chart', async ({ page }) => {
    // The Recharts chunk is named after whichever chart imports it first; it is the one holding the surface.
    const chunk = await blockAssets(page, /\/(CartesianChart|ZoneCountChart)-[^/]*\.js$/);
    await page.goto('/?lang=en');
    await expect(errorPanel(page)).toBeVisible();
    chunk.release();
    await tryAgain(page).click();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
  });

  test('the dataset chunk: retried, then "Try again" brings back every data view', async ({ page }) => {
    const chunk = await blockAssets(page, /\/bundled-[^/]*\.js$/);
    await page.goto('/?view=sources&lang=en');
    await expect(errorPanel(page)).toBeVisible({ timeout: 15_000 });
    // Tried three times (two retries with a pause) before giving up.
    expect(chunk.blocked.length).toBeGreaterThanOrEqual(3);

    chunk.release();
    await tryAgain(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
    await expect(page.locator('.cards .card').first()).toBeVisible();
  });

  test('the dataset detail chunk: retried, then "Try again" shows the rankings', async ({ page }) => {
    const chunk = await blockAssets(page, /\/bundledDetail-[^/]*\.js$/);
    await page.goto('/?view=rankings&lang=en');
    await expect(errorPanel(page)).toBeVisible({ timeout: 15_000 });
    expect(chunk.blocked.length).toBeGreaterThanOrEqual(3);

    chunk.release();
    await tryAgain(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rankings' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
  });

  test('a figure group: retried, then "Try again" shows the cards, never the cards without it', async ({
    page,
  }) => {
    const chunk = await blockAssets(page, /\/_virtual_etdz-figures-openness-[^/]*\.js$/);
    await page.goto('/?lang=en');
    await expect(errorPanel(page)).toBeVisible({ timeout: 15_000 });
    expect(chunk.blocked.length).toBeGreaterThanOrEqual(3);
    // The trade and FDI cards' figures are in that group: no card is shown as if it had none.
    await expect(page.locator('.cards .card')).toHaveCount(0);

    chunk.release();
    await tryAgain(page).click();
    await expect(page.locator('.cards .card').first()).toBeVisible();
    await expect(page.locator('main')).toContainText('Foreign investment, actually used');
  });

  test('the policy material chunk: "Try again" shows the documents', async ({ page }) => {
    const chunk = await blockAssets(page, /\/load-[^/]*\.js$/);
    await page.goto('/?view=policies&lang=en');
    await expect(errorPanel(page)).toBeVisible({ timeout: 15_000 });
    chunk.release();
    await tryAgain(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  });

  test('offline, then online again: the view that failed loads by itself', async ({ page, context }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
    await expect(errorPanel(page)).toBeVisible();
    const offline = errorPanel(page).getByText('Your device is offline.');

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await expect(offline).toHaveCount(0);
  });
});
