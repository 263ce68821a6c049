import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 11, must have 5: the page the server sends shows the view's heading and lead in the reader's
 * language before any of the app's code has run (scripts/build/shellText.ts), and the app then draws
 * the very same text in the very same place — so the first screen's largest text is painted early and
 * nothing moves when the app takes over.
 */

test.use({ serviceWorkers: 'block' });

const VIEWS = ['overview', 'compare', 'growth', 'policies', 'sources', 'rankings'] as const;
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
] as const;

/** The app's own code answers empty: what the page shows is the server's HTML and its small script. */
async function withoutApp(page: Page) {
  await page.route(
    (url) => /^\/assets\/(index|start)-[^/]*\.js$/.test(url.pathname),
    (route) => route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

/** The heading: a paragraph styled as one in the page before the app, the view's h1 after. */
async function heading(page: Page) {
  const h1 = page.locator('main .view-header :is(h1, .view-title)');
  const lead = page.locator('main .view-header .lead');
  const brand = page.locator('.masthead__brand');
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    brand: await brand.innerText(),
    brandBox: await brand.boundingBox(),
    title: await h1.textContent(),
    lead: await lead.textContent(),
    titleBox: await h1.boundingBox(),
    leadBox: await lead.boundingBox(),
  };
}

for (const lang of ['zh', 'en'] as const)
  for (const size of SIZES)
    test(`${lang}, ${size.width}×${size.height}: each view's heading before the app, the same after`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      for (const view of VIEWS) {
        await withoutApp(page);
        await page.goto(`/?view=${view}&lang=${lang}`);
        await expect(page.locator('main .view-header .view-title')).toBeVisible();
        await expect(page.locator('main [data-shell-bar]:visible')).toHaveCount(0);
        const before = await heading(page);

        await page.unrouteAll();
        await page.goto(`/?view=${view}&lang=${lang}`);
        // The view itself: neither the server's page nor the loading state, which show the same heading.
        await expect(page.locator('main:not([aria-busy]) > :not([aria-busy]) > .view-header h1')).toBeVisible(
          {
            timeout: 15_000,
          },
        );
        const after = await heading(page);

        expect(before.lang).toBe(lang);
        expect(after.lang).toBe(lang);
        expect(before.title, view).toBe(after.title);
        expect(before.lead, view).toBe(after.lead);
        // The masthead too is in the reader's language before the app, and the same size after.
        expect(before.brand, view).toBe(after.brand);
        // (Its width follows the tools beside it, whose loading stand-ins are narrower than the buttons.)
        for (const side of ['x', 'y', 'height'] as const)
          expect(before.brandBox?.[side], `${view} brand ${side}`).toBeCloseTo(
            after.brandBox?.[side] ?? NaN,
            0,
          );
        for (const key of ['titleBox', 'leadBox'] as const)
          for (const side of ['x', 'y', 'width', 'height'] as const)
            expect(before[key]?.[side], `${view} ${key} ${side}`).toBeCloseTo(after[key]?.[side] ?? NaN, 0);
      }
    });

test('without a language in the link, the kept choice, then the browser’s, as the app chooses', async ({
  page,
}) => {
  await withoutApp(page);
  await page.goto('/?view=growth');
  // Playwright's browser prefers English; no choice is kept yet.
  await expect(page.locator('main .view-header .view-title')).toHaveText('Zone growth');
  await page.evaluate(() => localStorage.setItem('etdz.lang', 'zh'));
  await page.goto('/?view=growth');
  await expect(page.locator('main .view-header .view-title')).toHaveText('经开区数量增长');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
});

test('where the app shows no view header, the loading bars stay', async ({ page }) => {
  await withoutApp(page);
  for (const search of [
    '/?view=zones&lang=en',
    '/?present=1&lang=en',
    '/?embed=1&view=compare',
    '/?lang=en-XA',
  ]) {
    await page.goto(search);
    await expect(page.locator('main [data-shell-bar]:visible'), search).toHaveCount(3);
    await expect(page.locator('main .view-header'), search).toHaveCount(0);
  }
  await page.goto('/?lang=en#translations');
  await expect(page.locator('main .view-header')).toHaveCount(0);
});
