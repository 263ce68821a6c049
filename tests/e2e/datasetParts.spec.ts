import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

/**
 * Issue 11, must have 4: the dataset comes in parts: the core every view reads, the detail tables (zones,
 * rankings, province counts, …) only some views read, and the figures by indicator group (a theme of
 * indicators.csv); a view downloads only what it shows, and a view that counts across every table counts
 * every row.
 */

test.use({ serviceWorkers: 'block' });

const CORE = /\/assets\/bundled-[\w-]+\.js$/;
const DETAIL = /\/assets\/bundledDetail-[\w-]+\.js$/;
const FIGURES = /\/assets\/_virtual_etdz-figures-(\w+)-[\w-]+\.js$/;
const EVERY_GROUP = [
  'enterprises',
  'fiscal',
  'green',
  'innovation',
  'land',
  'leaders',
  'openness',
  'size',
  'zones',
];

/** The dataset parts a page asks for: `core`, `detail` and each figure group by its theme. */
function recordParts(page: Page) {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (CORE.test(path)) requested.push('core');
    if (DETAIL.test(path)) requested.push('detail');
    const group = FIGURES.exec(path)?.[1];
    if (group) requested.push(group);
  });
  return requested;
}

async function datasetChunksOf(page: Page, search: string) {
  const requested = recordParts(page);
  await page.goto(search);
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  return requested.sort();
}

test.describe('the dataset chunks a view loads', () => {
  for (const [search, parts] of [
    // The headline cards: GDP, trade and FDI with their national shares.
    ['/?view=overview&lang=en', ['core', 'openness', 'size']],
    ['/?view=policies&lang=en', ['core']],
    ['/?view=rankings&lang=en', ['core', 'detail']],
    // The year card beside the zone count: the headline figures.
    ['/?view=growth&lang=en', ['core', 'detail', 'openness', 'size']],
    // The conflict list and the figures each source backs: every figure.
    ['/?view=sources&lang=en', ['core', 'detail', ...EVERY_GROUP]],
  ] as const)
    test(`${search}: ${parts.join(', ')}`, async ({ page }) => {
      expect(await datasetChunksOf(page, search)).toEqual([...parts].sort());
    });

  for (const [search, own] of [
    [
      '/?view=compare&ind=gdp,trade_total_usd,zone_count&reg=east,west&lang=en',
      ['openness', 'size', 'zones'],
    ],
    // No indicator named: the default, GDP and its national share.
    ['/?view=compare&lang=en', ['size']],
  ] as const)
    test(`${search}: the groups it draws first, the others only once they have arrived`, async ({ page }) => {
      const requested = new Map<string, number>();
      const arrived = new Map<string, number>();
      const groupOf = (url: string) => FIGURES.exec(new URL(url).pathname)?.[1];
      page.on('request', (r) => {
        const group = groupOf(r.url());
        if (group) requested.set(group, performance.now());
      });
      page.on('requestfinished', (r) => {
        const group = groupOf(r.url());
        if (group) arrived.set(group, performance.now());
      });
      await page.goto(search);
      await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expect.poll(() => [...requested.keys()].sort()).toEqual(EVERY_GROUP);
      const ownArrived = Math.max(...own.map((g) => arrived.get(g) ?? Infinity));
      const others = EVERY_GROUP.filter((g) => !(own as readonly string[]).includes(g));
      for (const group of others) expect(requested.get(group), group).toBeGreaterThanOrEqual(ownArrived);
    });

  test('a pick in Compare never waits: the picker keeps its place and focus', async ({ page }) => {
    await page.goto('/?view=compare&ind=gdp&lang=en');
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox', { name: 'Search indicators' }).fill('fiscal revenue');
    const box = page.getByRole('checkbox', { name: /^Fiscal revenue \d{4}/ });
    await box.check();
    await expect(page).toHaveURL(/ind=gdp,fiscal_revenue/);
    await expect(box).toBeFocused();
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  });

  test('going from Overview to Zones waits for the detail tables, then lists every zone', async ({
    page,
  }) => {
    expect(await datasetChunksOf(page, '/?view=overview&lang=en')).toEqual(['core', 'openness', 'size']);
    const detail = page.waitForRequest((r) => DETAIL.test(new URL(r.url()).pathname));
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Zones' }).click();
    await detail;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).toContainText('Suzhou');
  });
});

const rowsOf = (file: string) =>
  Papa.parse(readFileSync(join(import.meta.dirname, '../../src/data/csv', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data.length;

test('Sources counts every figure of every table, the detail tables included', async ({ page }) => {
  // figuresBacked: values, zone counts, zones and their statements, province counts and rankings.
  const expected = [
    'values.csv',
    'zone-counts.csv',
    'zones.csv',
    'zone-statements.csv',
    'province-counts.csv',
    'rankings.csv',
  ].reduce((sum, file) => sum + rowsOf(file), 0);
  await page.goto('/?view=sources&lang=en');
  const table = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Figures backed' }) });
  await expect(table).toBeVisible();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const column = headers.findIndex((h) => h.includes('Figures backed'));
  const cells = await table
    .locator(`tbody tr td:nth-child(${column + 1}), tbody tr th:nth-child(${column + 1})`)
    .allInnerTexts();
  const total = cells.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
  expect(total).toBe(expected);
});
