import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every piece of text a chart frame draws: svg text (ticks, labels on bars), the axis title, the key,
 * the frame's title, subtitle and source line, as boxes on the page.
 */
async function chartTexts(frame: Locator): Promise<{ frame: TextBox; texts: TextBox[] }> {
  return frame.evaluate((el) => {
    const box = (e: Element, text: string) => {
      const r = e.getBoundingClientRect();
      return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const selector = [
      'svg text',
      '.chart-axis-title',
      '.chart-key__item',
      '.chart-key__note',
      '.growth-legend-list li',
      '.chart-frame__title',
      '.chart-frame__subtitle',
      '.chart-frame__source',
    ].join(',');
    const texts = [...el.querySelectorAll(selector)]
      .filter((e) => !e.closest('.recharts-tooltip-wrapper') && (e.textContent ?? '').trim() !== '')
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      })
      .map((e) => box(e, (e.textContent ?? '').trim()));
    return { frame: box(el, ''), texts };
  });
}

const overlap = (a: TextBox, b: TextBox) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * No text of any chart on the page overlaps another, and none leaves its chart's frame. Each frame is
 * scrolled to first, as a reader would: a chart mounts only once it comes near the screen.
 */
async function expectReadableCharts(frames: Locator) {
  await expect(frames.first()).toBeAttached();
  const count = await frames.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect(frames.nth(i).locator('.recharts-surface').first()).toBeVisible();
    const { frame, texts } = await chartTexts(frames.nth(i));
    expect(texts.length).toBeGreaterThan(5);
    const outside = texts.filter(
      (t) =>
        t.left < frame.left - 0.5 ||
        t.right > frame.right + 0.5 ||
        t.top < frame.top - 0.5 ||
        t.bottom > frame.bottom + 0.5,
    );
    expect(outside.map((t) => t.text)).toEqual([]);
    const collisions: string[] = [];
    texts.forEach((a, j) =>
      texts.slice(j + 1).forEach((b) => {
        if (overlap(a, b) > 1) collisions.push(`"${a.text}" × "${b.text}"`);
      }),
    );
    expect(collisions).toEqual([]);
  }
}

const CASES = [
  {
    name: 'the 2023 bars',
    url: '/?view=compare&ind=gdp,trade_total_cny,fdi_actual_usd&reg=national,east,central,west,northeast&chart=bars&year=2023',
    frames: '.compare-panel',
  },
  {
    name: 'four shares over time',
    url: '/?view=compare&ind=gdp_share_national_pct,trade_share_national_pct,fdi_share_national_pct,exports_share_national_pct',
    frames: '.compare-panel',
  },
  { name: 'the Zone growth count', url: '/?view=growth', frames: '.growth-count' },
  { name: 'the Overview zone count', url: '/?view=overview', frames: '.overview__spark' },
] as const;

test.describe('charts read without collisions', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])
    for (const lang of ['en', 'zh'] as const)
      for (const c of CASES)
        test(`${c.name}, ${lang}, ${size.width}×${size.height}`, async ({ page }) => {
          await page.setViewportSize(size);
          await page.goto(`${c.url}&lang=${lang}`);
          await expectReadableCharts(page.locator(c.frames));
        });
});

test.describe('Compare opens on an answer', () => {
  test('with no parameters it draws a chart, says it is a default, and offers questions', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en');
    const panel = page.locator('.compare-panel').first();
    await expect(panel.locator('.recharts-line-curve').first()).toBeVisible();
    await expect(panel.locator('.chart-mark').first()).toBeVisible();
    await expect(page.getByText(/^A starting point: Regional GDP/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Shares of national trade/ })).toBeVisible();
    // The year fields show the years drawn, never "1984–1984".
    await expect(page.getByRole('spinbutton', { name: 'From' })).toHaveValue('2002');
    await expect(page.getByRole('spinbutton', { name: 'To' })).toHaveValue('2024');
  });

  test('a USD panel never puts billions beside trillions: FDI and converted trade are drawn apart', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en&ind=fdi_actual_usd,trade_total_usd_converted');
    await expect(page.locator('.compare-panel')).toHaveCount(2);
    await expect(page.locator('.chart-axis-title').getByText('USD billion', { exact: true })).toBeVisible();
    await expect(page.locator('.chart-axis-title').getByText('USD trillion', { exact: true })).toBeVisible();
    await expect(page.getByText(/their sizes differ too much to share one axis/).first()).toBeVisible();
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['zh', 'en'] as const)
    test(`Compare puts its chart on the first screen (${lang})`, async ({ page }) => {
      await page.goto(`/?view=compare&lang=${lang}`);
      const plot = page.locator('.compare-panel .recharts-surface').first();
      await expect(plot).toBeVisible();
      const box = await plot.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(844 - 100);
      await page.getByRole('button', { name: lang === 'en' ? /^Filters/ : /^筛选/ }).click();
      await expect(page.getByRole('searchbox')).toBeVisible();
    });

  for (const view of ['overview', 'compare', 'growth', 'policies', 'sources'])
    test(`no page is wider than the screen: ${view}`, async ({ page }) => {
      for (const lang of ['zh', 'en']) {
        await page.goto(`/?view=${view}&lang=${lang}`);
        await expect(page.locator('main h1')).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
    });
});

test.describe('axe reports no violation', () => {
  // axe over the long Policies and Sources pages takes a while on a shared machine.
  test.describe.configure({ timeout: 90_000 });
  for (const lang of ['zh', 'en'] as const) {
    for (const view of ['overview', 'compare', 'growth', 'policies', 'sources'])
      test(`${view} (${lang})`, async ({ page }) => {
        await page.goto(`/?view=${view}&lang=${lang}`);
        await expect(page.locator('main h1')).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      });
    for (const slide of [1, 2, 3, 4, 5])
      test(`slide ${slide} of the default deck (${lang})`, async ({ page }) => {
        await page.goto(`/?present=${slide}&lang=${lang}`);
        await expect(page.locator('main h1')).toBeAttached();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      });
  }
});

test.describe('drawing a chart', () => {
  for (const url of [
    '/?view=overview&lang=en',
    '/?view=growth&lang=en',
    '/?view=compare&lang=zh&ind=gdp,fdi_actual_usd&reg=east,west',
  ])
    test(`measures no text in the page: ${url}`, async ({ page }) => {
      await page.goto(url);
      await page.locator('.chart-slot').first().scrollIntoViewIfNeeded();
      await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible();
      await expect(page.locator('.recharts-cartesian-axis-tick-value').first()).toBeVisible();
      // Recharts measures a label in this hidden element, a forced layout each (src/ui/chart/ValueGrid.tsx).
      expect(await page.locator('#recharts_measurement_span').count()).toBe(0);
    });
});
