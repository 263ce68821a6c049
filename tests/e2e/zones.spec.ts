import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Every `scope|key` a page flags as a disagreement (an element may carry several, space-separated). */
async function flaggedOn(page: Page): Promise<string[]> {
  const cells = await page
    .locator('[data-conflict]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-conflict') ?? ''));
  return cells.flatMap((c) => c.split(' ').filter(Boolean));
}

test.describe('Zone pages and rankings', () => {
  for (const [lng, title, ranks, sources, sz] of [
    ['en', 'Suzhou Industrial Park', 'Ranks in the assessments', /sources on this page$/, 'Show table'],
    ['zh', '苏州工业园区', '历次考核评价排名', /^本页引用\d+个来源$/, '显示表格'],
  ] as const) {
    test(`a zone page in ${lng} shows its ranks over the years and its sources`, async ({ page }) => {
      await page.goto(`/?view=zones&zone=suzhou-industrial-park&lang=${lng}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const frame = page.getByRole('figure', { name: ranks });
      // The rank chart: one line per list, rank 1 at the top (the axis is reversed).
      await expect(frame.locator('.recharts-wrapper')).toBeVisible();
      const ticks = await frame
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')
        .allTextContents();
      const top = await frame
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')
        .first()
        .boundingBox();
      const bottom = await frame
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')
        .last()
        .boundingBox();
      expect(ticks[0]).toBe('1');
      expect(top!.y).toBeLessThan(bottom!.y);
      // Every marker whole: a dashed list's rings are not dashed, and none is cut by the plot's edge.
      const grid = (await frame.locator('.recharts-cartesian-grid').boundingBox())!;
      const dots = frame.locator('.recharts-line-dots circle');
      expect(await dots.count()).toBeGreaterThan(5);
      for (const dot of await dots.all()) {
        expect(await dot.evaluate((el) => getComputedStyle(el).strokeDasharray)).toBe('none');
        const box = (await dot.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(grid.y);
        expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
      }
      await frame.getByRole('button', { name: new RegExp(sz) }).click();
      await expect(frame.getByRole('table').getByRole('row')).toHaveCount(13);
      const list = page.getByRole('region', { name: sources });
      await expect(list.getByRole('listitem').first()).toBeVisible();
      expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
      await list.getByRole('button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expectNoAxeViolations(page);
    });
  }

  // Three ways in, each its own test: one slow step does not spend the others' time.
  test('the zone list on Zone growth leads to a zone page, and Back returns', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=2024&prov=jiangsu');
    const link = page
      .getByRole('table', { name: 'The zones in the dataset' })
      .getByRole('link', { name: /^Kunshan/ });
    await expect(link).toHaveAttribute('href', /view=zones.*zone=kunshan/);
    await link.click();
    await expect(page).toHaveURL(/view=zones.*zone=kunshan/);
    await expect(page.getByRole('heading', { level: 1, name: /^Kunshan/ })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/view=growth.*prov=jiangsu/);
    await expect(page.getByRole('table', { name: 'The zones in the dataset' })).toBeVisible();
  });

  test('the province detail on Zone growth leads to a zone page', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=2024&prov=jiangsu');
    await page
      .locator('.province-detail')
      .getByRole('link', { name: /^Nantong/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Nantong/ })).toBeVisible();
  });

  test('the rankings lead to a zone page', async ({ page }) => {
    await page.goto('/?view=rankings&a=2020&lang=en');
    await page
      .getByRole('table', { name: 'Comprehensive assessment: overall rank' })
      .getByRole('link', { name: /^Nantong/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^Nantong/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a zone page and an assessment join the deck as slides of their own', async ({ page }) => {
    for (const [search, view, title] of [
      ['view=zones&zone=tianjin', 'Zones', /^Tianjin Economic-Technological Development Area/],
      ['view=rankings&a=2010', 'Rankings', /^Investment-environment evaluation \(2010 method\): overall/],
    ] as const) {
      await page.goto(`/?${search}&lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Slides' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: new RegExp(view) }).click();
      const added = dialog.locator('.deck-item').last();
      await expect(added.locator('.deck-item__title')).toHaveText(title);
      await expect(added.locator('.deck-item__description')).toContainText(view);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('One rule for disagreements', () => {
  test('the Sources conflict count equals the disagreements flagged across the views', async ({ page }) => {
    await page.goto('/?view=sources&lang=en');
    const intro = page.locator('[data-conflict-count]');
    const count = Number(await intro.getAttribute('data-conflict-count'));
    await expect(intro).toContainText(`${count} disagreements between sources`);
    // The count comes with the dataset's core; the list follows once every figure group has arrived.
    const listedNow = () =>
      page
        .locator('[data-listed-conflict]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-listed-conflict') ?? ''));
    await expect.poll(async () => new Set(await listedNow()).size).toBe(count);
    const listed = await listedNow();
    expect(count).toBeGreaterThan(0);

    const flagged = new Set<string>();
    const collect = async () => (await flaggedOn(page)).forEach((k) => flagged.add(k));

    // Overview: its headline cards and the zone-count card.
    await page.goto('/?view=overview&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.card').first()).toBeVisible();
    await collect();

    // Compare: every indicator the list names, every year, as tables.
    const indicators = [
      ...new Set(listed.filter((k) => k.startsWith('values|')).map((k) => k.split('|')[1])),
    ];
    expect(indicators.length).toBeLessThanOrEqual(12);
    await page.goto(`/?view=compare&lang=en&ind=${indicators.join(',')}&from=1984`);
    await expect(page.locator('.compare-panel').first()).toBeVisible();
    // Each button's name becomes "Hide table" once pressed, so press the first one left until none is.
    const showTable = page.getByRole('button', { name: /Show table/ });
    for (let left = await showTable.count(); left > 0; left = await showTable.count()) {
      await showTable.first().click();
      await expect(showTable).toHaveCount(left - 1);
    }
    await collect();

    // Zone growth: the count table (every dated statement) and every batch's details.
    await page.goto('/?view=growth&lang=en');
    const countFrame = page.getByRole('figure', { name: /Number of national ETDZs over time/ });
    await countFrame.getByRole('button', { name: /Show table/ }).click();
    await expect(countFrame.getByRole('table')).toBeVisible();
    await collect();
    const batches = page.locator('.milestone__button', { has: page.locator('.milestone__kind--batch') });
    for (let i = 0; i < (await batches.count()); i += 1) {
      await batches.nth(i).click();
      await expect(page.locator('.milestone-detail')).toBeVisible();
      await collect();
    }

    // Zone pages of the zones whose dates disagree.
    for (const zone of new Set(listed.filter((k) => k.startsWith('zones|')).map((k) => k.split('|')[1]))) {
      await page.goto(`/?view=zones&zone=${zone}&lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await collect();
    }

    expect([...flagged].sort()).toEqual([...new Set(listed)].sort());
    expect(flagged.size).toBe(count);
  });
});
