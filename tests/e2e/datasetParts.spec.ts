import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

/**
 * Issue 11, must have 4: the dataset comes in two chunks, the core every view reads and the detail tables
 * (zones, rankings, province counts, …) only some views read; a view downloads only what it shows, and a
 * view that counts across every table counts every row.
 */

test.use({ serviceWorkers: 'block' });

const CORE = /\/assets\/bundled-[\w-]+\.js$/;
const DETAIL = /\/assets\/bundledDetail-[\w-]+\.js$/;

async function datasetChunksOf(page: Page, search: string) {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (CORE.test(path)) requested.push('core');
    if (DETAIL.test(path)) requested.push('detail');
  });
  await page.goto(search);
  await expect(page.locator('main h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  return requested;
}

test.describe('the dataset chunks a view loads', () => {
  for (const search of [
    '/?view=overview&lang=en',
    '/?view=compare&ind=gdp,trade_total_usd,zone_count&reg=east,west&lang=en',
    '/?view=policies&lang=en',
  ])
    test(`${search}: the core only`, async ({ page }) => {
      expect(await datasetChunksOf(page, search)).toEqual(['core']);
      await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
    });

  for (const search of ['/?view=growth&lang=en', '/?view=sources&lang=en', '/?view=rankings&lang=en'])
    test(`${search}: the core and the detail tables, from the start`, async ({ page }) => {
      expect((await datasetChunksOf(page, search)).sort()).toEqual(['core', 'detail']);
    });

  test('going from Overview to Zones waits for the detail tables, then lists every zone', async ({
    page,
  }) => {
    expect(await datasetChunksOf(page, '/?view=overview&lang=en')).toEqual(['core']);
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
