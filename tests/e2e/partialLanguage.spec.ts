import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { rawKeys, recordTexts, screenTexts, seenTexts, settled } from './support/screenText';
import { buildWithLocales, type TempBuild } from './support/tempBuild';

/** A translator's first three strings, in the only file of a new language. */
const JA_COMMON = {
  views: { overview: { title: '概要' }, compare: { title: '比較' } },
  footer: { shortcuts: '? キーでキーボード操作の一覧を表示します。' },
};

const test = base.extend<object, { partial: TempBuild }>({
  partial: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const build = await buildWithLocales({ 'locales/ja/common.json': JA_COMMON });
      await provide(build);
      build.stop();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ partial }, provide) => provide(partial.baseURL),
});

/**
 * The English and Chinese files of each view's namespace arrive half a second late, as on a slow
 * connection: a view that renders once its (absent) Japanese file is "in" would show raw keys.
 */
async function slowViewTexts(page: Page) {
  await page.route(/\/assets\/(compare|growth|policies)-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
}

const PAGES = [
  ['Overview', '?lang=ja'],
  ['Compare', '?view=compare&ind=gdp&lang=ja'],
  ['Zone growth', '?view=growth&lang=ja'],
  ['Policies', '?view=policies&lang=ja'],
  ['Sources', '?view=sources&lang=ja'],
  ['a Compare slide', '?present=2&lang=ja'],
] as const;

test.describe('a language with three strings in common.json only', () => {
  for (const [name, search] of PAGES) {
    test(`${name} shows the translated strings, English for the rest, and no raw key`, async ({ page }) => {
      await recordTexts(page);
      await slowViewTexts(page);
      await page.goto(`/${search}`);
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      expect(rawKeys(await screenTexts(page)), 'on screen now').toEqual([]);
      expect(rawKeys(await seenTexts(page)), 'at any moment since the first paint').toEqual([]);
      // The main content is there, in English where Japanese is missing.
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      if (!search.includes('present')) {
        await expect(
          page.getByRole('navigation').getByRole('link', { name: '比較', exact: true }),
        ).toBeVisible();
        await expect(page.getByText('? キーでキーボード操作の一覧を表示します。')).toBeVisible();
        await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
      }
    });
  }

  test('switching to it on Compare loads the fallbacks first: no raw key at any moment', async ({ page }) => {
    await recordTexts(page);
    await page.goto('/?view=compare&ind=gdp&lang=en');
    await slowViewTexts(page);
    await settled(page);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await settled(page);
    expect(rawKeys(await seenTexts(page))).toEqual([]);
  });
});
