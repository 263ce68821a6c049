import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 12, break 3: the first load showed a blank page while slow, and its chunks came in a chain of
 * waves (entry → texts → view → dataset → view texts → chart). Now index.html draws a shell at once, and
 * the chunks an address needs are requested together.
 */

// A first visit: nothing from an earlier visit's service worker.
test.use({ serviceWorkers: 'block' });

/**
 * Holds every chunk in `needed` until all of them have been requested. A chain, where one chunk is only
 * asked for once another has arrived, never gets there: after the deadline everything is let through and
 * the test names what was asked for too late.
 */
async function expectRequestedTogether(page: Page, search: string, needed: Record<string, RegExp>) {
  const held: Route[] = [];
  const requested = new Set<string>();
  let release: () => void = () => {};
  const allRequested = new Promise<void>((resolve) => (release = resolve));
  const letThrough = () => {
    for (const route of held.splice(0)) void route.continue();
  };
  await page.route(
    (url) => url.pathname.startsWith('/assets/'),
    async (route) => {
      const path = new URL(route.request().url()).pathname;
      const name = Object.keys(needed).find((n) => needed[n]?.test(path));
      if (!name) return route.continue();
      requested.add(name);
      held.push(route);
      if (requested.size === Object.keys(needed).length) {
        release();
        letThrough();
      }
    },
  );
  await page.goto(search);
  const together = await Promise.race([
    allRequested.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 6000)),
  ]);
  letThrough();
  await page.unroute(() => true);
  expect(
    Object.keys(needed).filter((n) => !requested.has(n)),
    'chunks still unrequested while the others waited',
  ).toEqual([]);
  expect(together).toBe(true);
  await expect(page.locator('main h1')).toBeVisible();
}

/** A namespace's chunks (one per language; their names do not say which). */
const texts = (ns: string) => ({ [`${ns} texts`]: new RegExp(`/assets/${ns}-[\\w-]+\\.js$`) });
/** A language's start-up texts, every namespace of them in one file (scripts/build/localeModules.ts). */
const startTexts = (lng: string) => ({
  [`start-up texts (${lng})`]: new RegExp(`/assets/startTexts-${lng}-[\\w-]+\\.js$`),
});

test.describe('the first load', () => {
  test('requests Compare, its texts and the dataset together', async ({ page }) => {
    await expectRequestedTogether(page, '/?view=compare&ind=gdp&lang=en', {
      view: /\/CompareView-[\w-]+\.js$/,
      dataset: /\/bundled-[\w-]+\.js$/,
      "GDP's figure group": /\/_virtual_etdz-figures-size-[\w-]+\.js$/,
      ...startTexts('en'),
      ...texts('compare'),
    });
  });

  test('requests Policies, its texts and the policy material together', async ({ page }) => {
    await expectRequestedTogether(page, '/?view=policies&lang=zh', {
      view: /\/PoliciesView-[\w-]+\.js$/,
      'policy material': /\/load-[\w-]+\.js$/,
      dataset: /\/bundled-[\w-]+\.js$/,
      ...startTexts('zh'),
      ...texts('policies'),
    });
  });

  test('requests Zone growth with both its namespaces together', async ({ page }) => {
    await expectRequestedTogether(page, '/?view=growth&lang=en', {
      view: /\/GrowthView-[\w-]+\.js$/,
      dataset: /\/bundled-[\w-]+\.js$/,
      'dataset detail': /\/bundledDetail-[\w-]+\.js$/,
      // The year card's headline figures.
      'figure groups': /\/_virtual_etdz-figures-(size|openness)-[\w-]+\.js$/,
      ...texts('growth'),
      ...texts('policies'),
    });
  });

  test('requests Sources, the dataset and its texts together', async ({ page }) => {
    // Its view, its data and its texts came in three waves.
    await expectRequestedTogether(page, '/?view=sources&lang=en', {
      view: /\/SourcesView-[\w-]+\.js$/,
      dataset: /\/bundled-[\w-]+\.js$/,
      ...startTexts('en'),
      ...texts('export'),
    });
  });

  test('draws Sources’ first screen, with its counts, before any figure group or the detail tables have arrived', async ({
    page,
  }) => {
    // Its list and table read every figure group (28 kB in nine files) and the detail tables (14 kB): the
    // first screen does not wait for them.
    let go: () => void = () => {};
    const held = new Promise<void>((resolve) => (go = resolve));
    await page.route(/\/(_virtual_etdz-figures-\w+|bundledDetail)-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?view=sources&lang=en');
    const list = page.getByRole('region', { name: 'Where sources disagree' });
    await expect(page.locator('main h1')).toHaveText('Sources');
    await expect(page.locator('main .lead')).toHaveText(/^\d+ sources back the figures/);
    await expect(list.getByText(/^\d+ disagreements between sources/)).toBeVisible();
    await expect(list.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    await expect(list.getByRole('table')).toHaveCount(0);
    go();
    const rows = list.getByRole('table', { name: 'Where sources disagree' }).getByRole('row');
    const count = Number(await list.locator('[data-conflict-count]').getAttribute('data-conflict-count'));
    // The count the core carries is the list's length (with its header row).
    await expect(rows).toHaveCount(count + 1);
    await expect(list.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  test('has the page itself start Sources’ code, data and texts, before the app’s code has arrived', async ({
    page,
  }) => {
    // The page's own script starts them (shellChoice.ts startFiles); the app's start chunk is held meanwhile.
    const needed: Record<string, RegExp> = {
      view: /\/SourcesView-[\w-]+\.js$/,
      dataset: /\/bundled-[\w-]+\.js$/,
      ...startTexts('en'),
      ...texts('export'),
    };
    const requested = new Set<string>();
    // Its figure groups and detail tables wait for its first screen, which needs the app's code.
    const figureGroups: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      for (const [name, re] of Object.entries(needed)) if (re.test(path)) requested.add(name);
      if (/\/(_virtual_etdz-figures-|bundledDetail-)/.test(path)) figureGroups.push(path);
    });
    let go: () => void = () => {};
    const held = new Promise<void>((resolve) => (go = resolve));
    await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?view=sources&lang=en', { waitUntil: 'commit' });
    await expect.poll(() => [...requested].sort(), { timeout: 5000 }).toEqual(Object.keys(needed).sort());
    expect(figureGroups).toEqual([]);
    go();
    await expect(page.locator('main h1')).toBeVisible();
  });

  // Every start-up namespace of a language is one file (scripts/build/localeModules.ts).
  const STARTUP_TEXTS = /\/assets\/startTexts-(\w+)-[\w-]+\.js$/;
  const TITLE = { zh: '国家级经济技术开发区', en: "China's National ETDZs" };
  for (const lang of ['en', 'zh'] as const)
    test(`downloads the start-up texts of the language it shows only, in one file (${lang})`, async ({
      page,
    }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`/?view=compare&lang=${lang}`);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      const files = requested.filter((p) => STARTUP_TEXTS.test(p));
      expect(files.map((f) => STARTUP_TEXTS.exec(f)?.[1])).toEqual([lang]);
      // No file of a start-up namespace of its own: they are all in that one.
      expect(
        requested.filter((p) => /\/assets\/(common|indicators|notes|regions|units|zones)-/.test(p)),
      ).toEqual([]);
      const text = await page.evaluate(async (path) => (await fetch(path)).text(), files[0] ?? '');
      expect(text).toContain(TITLE[lang]);
      expect(text).not.toContain(TITLE[lang === 'en' ? 'zh' : 'en']);
    });

  test('asks the server for nothing but the page and its built files until the page has loaded', async ({
    page,
  }) => {
    // An icon file and vite-plugin-pwa's registerSW.js were two more requests of every first visit, each
    // taking a turn on the browser's six connections before the first screen's own files.
    const others: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/assets/')) others.push(url.pathname + url.search);
    });
    await page.goto('/?view=sources&lang=en');
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(others).toEqual(['/?view=sources&lang=en']);
  });

  test('loads no code for saving a file until a reader asks for one', async ({ page }) => {
    // Sources' download of the whole dataset imported the image export's module for its saving helper:
    // one more request before its first screen.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    for (const view of ['sources', 'compare', 'overview']) {
      await page.goto(`/?view=${view}&lang=en`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(
      requested.filter((p) => /\/assets\/(image|saveFile|datasetZip|ExportDialog|csv)-/.test(p)),
    ).toEqual([]);
    // Asked for, the dataset arrives as a zip.
    const download = page.waitForEvent('download');
    await page.goto('/?view=sources&lang=en');
    await page.getByRole('button', { name: /Download the whole dataset/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.zip$/);
  });

  test('shows a shell before any script runs: the title in both languages and a quiet skeleton', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/?view=compare');
    await expect(page.locator('.masthead__title')).toHaveText('国家级经济技术开发区');
    await expect(page.locator('.masthead__subtitle')).toHaveText("China's National ETDZs");
    await expect(page.locator('main .skeleton--panel')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('加载中… Loading…');
    await context.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`keeps the header in place when the app replaces the shell (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      // Hold the app's entry so the shell can be measured, then let it run.
      let go: () => void = () => {};
      const entryHeld = new Promise<void>((resolve) => (go = resolve));
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await entryHeld;
        await route.continue();
      });
      await page.goto(`/?lang=${lang}`, { waitUntil: 'commit' });
      const boxes = async () =>
        page.evaluate(() =>
          ['.masthead', '.nav', 'main'].map((s) => {
            const r = document.querySelector(s)?.getBoundingClientRect();
            return r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
          }),
        );
      await expect(page.locator('.masthead .skeleton').first()).toBeVisible();
      const shell = await boxes();
      go();
      await expect(page.locator('.masthead .nav__link[href]').first()).toBeVisible();
      await expect(page.locator('.masthead .skeleton')).toHaveCount(0);
      const app = await boxes();
      // The masthead and the navigation keep size and place; main starts where it did (its height grows).
      expect(app.slice(0, 2)).toEqual(shell.slice(0, 2));
      expect(app[2]?.slice(0, 3)).toEqual(shell[2]?.slice(0, 3));
    });
  }
});
