import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { blockAssets } from './support/blockAssets';
import { rawKeys, recordTexts, seenTexts } from './support/screenText';

/**
 * Issue 12, break 2: a locale file that failed to arrive showed raw keys, with no error and no retry.
 * Each test blocks the built chunks of one namespace, expects a plain message with a retry and no raw
 * key, lets the chunks through and expects the texts back.
 */

// An offline copy would serve the blocked chunk; these tests are about the network itself.
test.use({ serviceWorkers: 'block' });

test.beforeEach(({ tolerated }) => {
  tolerated.push(/Failed to load resource|dynamically imported module|net::ERR_/);
});

/** Blocks the built chunks of a namespace (every language's), until released. */
const blockNamespace = (page: Page, ns: string) =>
  blockAssets(page, new RegExp(`^/assets/${ns}-[\\w-]+\\.js$`));

test.describe('locale files that fail to load', () => {
  test('a view’s texts: a translated message and a retry that works once the network is back', async ({
    page,
  }) => {
    await recordTexts(page);
    const texts = await blockNamespace(page, 'compare');
    await page.goto('/?lang=en');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('The texts for this page could not be loaded');
    expect(texts.blocked.length).toBeGreaterThan(0);
    // The rest of the page still works and is in English.
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();

    // Still blocked: trying again says so again rather than showing keys.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert.getByRole('heading')).toHaveText('The texts for this page could not be loaded');

    texts.release();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(rawKeys(await seenTexts(page))).toEqual([]);
  });

  test('the interface texts at start: a message in both languages, and the app once the network is back', async ({
    page,
  }) => {
    await recordTexts(page);
    // Every start-up namespace of a language is one file (scripts/build/localeModules.ts).
    const texts = await blockAssets(page, /^\/assets\/startTexts-\w+-[\w-]+\.js$/);
    await page.goto('/?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('文字未能加载 · The texts could not be loaded');
    texts.release();
    await alert.getByRole('button', { name: '重试 · Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    expect(rawKeys(await seenTexts(page))).toEqual([]);
  });

  test('a language switch whose texts fail: the message, then the new language after going back online', async ({
    page,
    context,
  }) => {
    await recordTexts(page);
    await page.goto('/?view=growth&lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Zone growth' })).toBeVisible();
    const texts = await blockNamespace(page, 'growth');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText('本页文字未能加载');
    texts.release();
    // The connection coming back retries by itself.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: '经开区数量增长' })).toBeVisible();
    expect(rawKeys(await seenTexts(page))).toEqual([]);
  });
});
