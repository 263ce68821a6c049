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

  test('the translation status page, from the footer, lists what is left with its sources and where it shows', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/?view=compare&ind=gdp&lang=ja');
    await settled(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Translation status' }).click();
    // It reads every language's files first.
    await expect(page.locator('main h1')).toHaveText('Translation status', { timeout: 20_000 });
    // Not a view: no tab of the navigation is current while it is open.
    await expect(page.getByRole('navigation').locator('[aria-current="page"]')).toHaveCount(0);
    expect(rawKeys(await screenTexts(page))).toEqual([]);

    // Coverage: the three Japanese strings, counted in common and in all; zh and en complete.
    const coverage = page.getByRole('table', { name: 'Texts translated per namespace and language' });
    const common = coverage.getByRole('row', { name: /^common/ });
    await expect(common.getByRole('cell').nth(2)).toHaveText(/^3 of \d+ \(/);
    await expect(common.getByRole('cell').nth(0)).toHaveText(/^(\d+) of \1 \(100%\)$/);
    await expect(
      coverage
        .getByRole('row', { name: /^compare/ })
        .getByRole('cell')
        .nth(2),
    ).toHaveText(/^0 of \d+/);

    // The work list is Japanese's (the language on screen); a missing key of Compare, with its
    // English and Chinese source, its context note and a link to the view that shows it.
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('ja');
    await page.locator('summary', { hasText: /^compare/ }).click();
    const row = page.getByRole('row', { name: /compare:filters\.indicators missing/ });
    await expect(row).toContainText('missing');
    await expect(row.locator('[lang="en"]')).toHaveText('Indicators');
    await expect(row.locator('[lang="zh"]')).toHaveText('指标');
    await expect(row.getByRole('link', { name: 'find it (key names)' })).toHaveAttribute(
      'href',
      '?view=compare&lang=cimode',
    );
    // A translated key is not listed; a context note is shown where one exists.
    await page.locator('summary', { hasText: /^common/ }).click();
    await expect(page.getByRole('row', { name: /common:views\.compare\.title /u })).toHaveCount(0);
    await expect(page.getByRole('row', { name: /common:app\.title /u })).toContainText(
      "The dashboard's name, at the top of every page and slide.",
    );

    // The view's name in the reader's language (the three Japanese strings include it).
    await row.getByRole('link', { name: '比較', exact: true }).click();
    await expect(page).toHaveURL(/view=compare/);
    await expect(page.locator('main h1')).not.toHaveText('Translation status');
    // Choosing a view in the navigation leaves the page too.
    await page.goto('/?lang=ja#translations');
    await expect(page.locator('main h1')).toHaveText('Translation status', { timeout: 20_000 });
    await page.getByRole('navigation').getByRole('link', { name: '概要', exact: true }).click();
    await expect(page.locator('main h1')).not.toHaveText('Translation status');
    expect(new URL(page.url()).hash).toBe('');
  });
});
