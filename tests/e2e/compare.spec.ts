import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { recordChartSteps } from './support/chartSteps';

/** Moves focus with Tab only until the target has it: what a keyboard user does. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('target never received focus');
}

/** Hovers the plot area of the first chart at a fraction of its width and returns the tooltip. */
async function hoverPlot(page: Page, at: number) {
  const grid = page.locator('.recharts-cartesian-grid').first();
  const box = await grid.boundingBox();
  if (!box) throw new Error('no plot area');
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.move(box.x + box.width * at, box.y + box.height / 2, { steps: 4 });
  return page.locator('.compare-tooltip').first();
}

test.describe('Compare view', () => {
  test('pick an indicator, two regions and a range; the URL reloads to the same chart and table', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en');
    // The default view: two indicators, said to be a default; removing one makes the choice the reader's.
    await expect(page.getByText(/^A starting point/)).toBeVisible();
    await page.getByRole('button', { name: 'Remove GDP, share of national' }).click();
    await expect(page).toHaveURL(/ind=gdp(&|$)/);
    await page.getByRole('checkbox', { name: 'East', exact: true }).check();
    await page.getByRole('spinbutton', { name: 'From' }).fill('2004');
    await page.getByRole('spinbutton', { name: 'To' }).fill('2006');
    await expect(page).toHaveURL(/ind=gdp&reg=national,east&from=2004&to=2006/);
    const frame = page.locator('figure', {
      has: page.getByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs and East' }),
    });
    await expect(frame.locator('.recharts-cartesian-grid')).toBeVisible();
    await expect(frame.locator('.chart-key').getByText('East', { exact: true })).toBeVisible();
    await frame.getByRole('button', { name: 'Show table' }).click();
    const rows = frame.getByRole('row');
    const before = await rows.allInnerTexts();
    expect(before.some((r) => r.includes('East') && r.includes('CNY 814.365 billion'))).toBe(true);

    await page.reload();
    const again = page.locator('figure', {
      has: page.getByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs and East' }),
    });
    await expect(again.locator('.chart-key').getByText('East', { exact: true })).toBeVisible();
    await again.getByRole('button', { name: 'Show table' }).click();
    expect(await again.getByRole('row').allInnerTexts()).toEqual(before);
    await expectNoAxeViolations(page);
  });

  test('a tooltip reads the figure, its period, zones and source, in English and Chinese', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en&ind=gdp&from=2022&to=2024');
    let tip = await hoverPlot(page, 0.5);
    await expect(tip).toContainText('CNY 15.7 trillion');
    await expect(tip).toContainText('CNY 14.8 trillion');
    await expect(tip).toContainText('>CNY 15 trillion');
    await expect(tip).toContainText('Zones covered: 229');
    await expect(tip).toContainText('2023年国家级经济技术开发区主要经济指标情况');

    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '指标对比' })).toBeVisible();
    tip = await hoverPlot(page, 0.5);
    await expect(tip).toContainText('15.7万亿元');
    await expect(tip).toContainText('超过15万亿元');
    await expect(tip).toContainText('涵盖经开区：229家');
    await expectNoAxeViolations(page);
  });

  test('selecting a point opens its sources', async ({ page }) => {
    await page.goto(
      '/?view=compare&lang=en&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    await hoverPlot(page, 1);
    await page.mouse.down();
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: /Figures and sources: 2024/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Publisher').first()).toBeVisible();
    await expect(dialog).toContainText('24.5%');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the chart itself is keyboard-operable: arrows move the tooltip, Enter opens the sources', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en&ind=gdp&from=2021&to=2024');
    const chart = page.locator('.compare-panel svg[role="application"]').first();
    await tabTo(page, chart);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.compare-tooltip')).toContainText('CNY 15.7 trillion');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Figures and sources: 2023' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('CSV holds exactly the table rows as numbers with their unit and sources, sorted', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en&ind=gdp&reg=national,east&from=2022&to=2023');
    const frame = page.locator('figure', {
      has: page.getByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs and East' }),
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('etdz_gdp_2022-2023-en.csv');
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const [meta, header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    // The first line names the dataset version the footer shows, and the view the table came from.
    const footer = (await page
      .locator('footer')
      .getByText(/Dataset version/)
      .textContent())!;
    const version = /Dataset version (\S+)/.exec(footer)![1]!;
    expect(meta).toMatch(new RegExp(`^# National ETDZ Dashboard dataset v${version.replace(/\./g, '\\.')} `));
    expect(meta).toContain('view=compare');
    expect(header).toBe(
      'indicator,indicator_id,region,data_year,period,value,unit,qualifier,stated,series,zones_covered,source_title,publisher,source_date,url,quote',
    );
    const table = await frame
      .getByRole('button', { name: 'Show table' })
      .click()
      .then(() => frame.getByRole('row'));
    expect(rows).toHaveLength((await table.count()) - 1);
    const cells = rows.map((r) => r.split(','));
    // Numbers as numbers in the unit column's unit; the stated figure as the source words it.
    expect(rows.some((r) => r.includes(',15700,CNY billion,,CNY 15.7 trillion,Statistics release,'))).toBe(
      true,
    );
    expect(rows.some((r) => r.includes(',15000,CNY billion,>,>CNY 15 trillion,'))).toBe(true);
    // Sorted by region (all zones first), then data year.
    const order = cells.map((c) => [c[2] === 'East' ? 1 : 0, Number(c[3])] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(text).toContain('2023年国家级经济技术开发区主要经济指标情况');
  });

  test('the presentation links show charts for both shares and for FDI', async ({ page }) => {
    await page.goto(
      '/?view=compare&lang=en&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    const key = page.locator('.chart-key');
    await expect(key.getByText('Trade, share of national', { exact: true })).toBeVisible();
    await expect(key.getByText('Foreign investment, share of national', { exact: true })).toBeVisible();
    await expect(key.getByText('Comprehensive assessment', { exact: true })).toBeVisible();
    await page.goto('/?view=compare&lang=en&ind=fdi_actual_usd,fdi_share_national_pct');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Foreign investment, actually used, All national ETDZs' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: 'Foreign investment, share of national, All national ETDZs',
      }),
    ).toBeVisible();
    await expect(page.locator('.compare-panel .recharts-cartesian-grid')).toHaveCount(2);
  });

  test('the chart and the suggested questions are a few Tab presses away, and a question focuses its chart', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en');
    const skip = page.getByRole('link', { name: 'Skip to the chart' });
    await tabTo(page, skip, 20);
    await page.keyboard.press('Enter');
    const question = page.getByRole('button', { name: /^Shares of national trade and foreign investment/ });
    await tabTo(page, question, 6);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/ind=trade_share_national_pct,fdi_share_national_pct/);
    await expect(
      page.getByRole('heading', { level: 2, name: /^Trade, share of national and/ }),
    ).toBeFocused();
  });

  test('every filter works with the keyboard alone', async ({ page }) => {
    await page.goto('/?view=compare&lang=en&ind=fdi_actual_usd');
    await tabTo(page, page.getByRole('searchbox', { name: 'Search indicators' }));
    await page.keyboard.type('regional gdp');
    const gdp = page.getByRole('checkbox', { name: /^Regional GDP \d{4}/ });
    await tabTo(page, gdp);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/ind=fdi_actual_usd,gdp/);
    await page.getByRole('searchbox', { name: 'Search indicators' }).fill('');

    const fiscal = page.locator('summary', { hasText: 'Fiscal' });
    await tabTo(page, fiscal);
    await page.keyboard.press('Enter');
    const fiscalRevenue = page.getByRole('checkbox', { name: /^Fiscal revenue \d{4}/ });
    await expect(fiscalRevenue).toBeVisible();
    await tabTo(page, fiscalRevenue);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/ind=fdi_actual_usd,gdp,fiscal_revenue/);

    await tabTo(page, page.getByRole('checkbox', { name: 'East', exact: true }));
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/reg=national,east/);

    await tabTo(page, page.getByRole('spinbutton', { name: 'From' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2006');
    await expect(page).toHaveURL(/from=2006/);

    await tabTo(page, page.getByRole('slider', { name: 'Last year' }));
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/to=2023/);
    await page.keyboard.press('Home');
    // The ends never cross: the last year stops at the first, which stays where it was.
    await expect(page).toHaveURL(/from=2006&to=2006/);
    await tabTo(page, page.getByRole('button', { name: 'All years with figures' }));
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/from=/);

    await tabTo(page, page.getByRole('radio', { name: /^Values as stated/ }));
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/mode=index/);

    await tabTo(page, page.getByRole('radio', { name: 'Lines over time' }));
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/chart=bars/);
    const barYear = page.getByRole('combobox', { name: 'Year of the bars' });
    await tabTo(page, barYear);
    await page.keyboard.press('ArrowUp');
    await expect(page).toHaveURL(/year=\d{4}/);

    await tabTo(page, page.getByRole('combobox', { name: 'Period' }));
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/per=H1/);

    await tabTo(page, page.getByRole('checkbox', { name: 'Other publication' }));
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/ser=statistics,assessment/);
    await expectNoAxeViolations(page);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`Home on the last-year slider keeps the first year (${lang})`, async ({ page }) => {
      await page.goto(`/?view=compare&lang=${lang}&ind=gdp&reg=national,east&from=2010&to=2024`);
      await page.getByRole('slider', { name: lang === 'en' ? 'First year' : '起始年份' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/from=2012&to=2024/);
      await page.getByRole('slider', { name: lang === 'en' ? 'Last year' : '截止年份' }).focus();
      await page.keyboard.press('Home');
      await expect(page).toHaveURL(/from=2012&to=2012/);
    });
  }

  test('a line chart mounts in steps: its frame, then its grid and axes, then its lines and marks', async ({
    page,
  }) => {
    // Mounted with its axes, the frame was one task of 60–90 ms (Lighthouse's trace, 1× CPU): Recharts
    // re-renders the chart synchronously for each round of registrations (options, layers, axes, ticks).
    const steps = await recordChartSteps(page, 'figure.chart-frame', {
      axes: '.recharts-cartesian-axis',
      lines: '.chart-curves',
      marks: '.chart-marks',
    });
    await page.goto('/?view=compare&lang=en&ind=gdp');
    await expect(page.locator('figure.chart-frame .chart-marks').first()).toBeAttached();
    expect(await steps()).toEqual(['frame', 'axes', 'axes+lines+marks']);
  });

  test('a long key leaves the plot its height, below the chart as a list', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(
      '/?view=compare&lang=en&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    const frame = page.locator('figure', {
      has: page.getByRole('heading', { level: 2, name: /^Trade, share of national/ }),
    });
    // Two colours (one per indicator) and three publication series, each said once.
    await expect(frame.locator('.chart-key li')).toHaveCount(5);
    const grid = await frame.locator('.recharts-cartesian-grid').boundingBox();
    expect(grid?.height ?? 0).toBeGreaterThan(240);
  });

  test('the key has no English accessible names on a Chinese page', async ({ page }) => {
    await page.goto(
      '/?view=compare&lang=zh&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    await expect(page.locator('.chart-key li').first()).toBeVisible();
    await expect(page.locator('[aria-label*="legend" i]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("the hover tooltip is gone while a point's sources are open", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(
      '/?view=compare&lang=en&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    );
    const box = await page.locator('.recharts-cartesian-grid').first().boundingBox();
    if (!box) throw new Error('no plot area');
    const at = { x: box.x + box.width * (16 / 18), y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await expect(page.locator('.compare-tooltip')).toBeVisible();
    await page.mouse.click(at.x, at.y);
    await expect(page.getByRole('dialog', { name: /Figures and sources: 2022/ })).toBeVisible();
    await expect(page.locator('.compare-tooltip')).toHaveCount(0);
  });

  test('bars keep each qualifier in their labels, and Enter opens the sources of a region', async ({
    page,
  }) => {
    await page.goto('/?view=compare&lang=en&ind=trade_share_national_pct&chart=bars&year=2022');
    const labels = page.locator('.compare-panel .chart-bar-value');
    await expect(labels).toHaveCount(3);
    expect((await labels.allTextContents()).sort()).toEqual(['23.9%', '25%', '>20%']);
    const chart = page.locator('.compare-panel svg[role="application"]').first();
    await tabTo(page, chart);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.compare-tooltip')).toContainText('All national ETDZs');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Figures and sources: All national ETDZs, 2022' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('23.9%');
  });

  // Lighthouse's accessibility audit failed on the two year sliders: 16 px tall and touching (WCAG 2.5.8).
  test('every pointer target is at least 24 px or has room around it', async ({ page }) => {
    await page.setViewportSize({ width: 1350, height: 940 });
    await page.goto('/?view=compare&lang=en&ind=gdp,trade_total_cny,fdi_actual_usd&reg=east,central');
    await expect(page.getByRole('slider', { name: 'First year' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
});
