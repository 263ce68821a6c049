import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { TABLES } from '../../src/data/tables';
import { expect, test } from './fixtures';

const LABEL = { en: 'Save & cite', zh: '保存与引用' } as const;
const CHARTS = [
  { name: 'Compare', path: '/?view=compare&ind=gdp', file: /^gdp_\d{4}-\d{4}_(en|zh)\.(png|svg)$/ },
  { name: 'zone count', path: '/?view=overview', file: /^zone-count_\d{4}-\d{4}_(en|zh)\.(png|svg)$/ },
];

async function bytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function openExport(
  page: Page,
  lang: 'en' | 'zh',
  path: string,
): Promise<{ frame: Locator; dialog: Locator }> {
  await page.goto(`${path}&lang=${lang}`);
  const frame = page.locator('figure.chart-frame').first();
  // A chart draws once a reader comes near it.
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  await frame.getByRole('button', { name: LABEL[lang] }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('pre').first()).toBeVisible();
  return { frame, dialog };
}

// Drawing a 2× picture of a chart takes seconds on a loaded machine.
test.describe.configure({ timeout: 90_000 });

for (const lang of ['en', 'zh'] as const) {
  for (const chart of CHARTS) {
    test(`${chart.name} chart in ${lang}: PNG and SVG carry title and sources; the citation has the link and every source`, async ({
      page,
    }) => {
      const { frame, dialog } = await openExport(page, lang, chart.path);
      const title = (await frame.locator('.chart-frame__title').textContent())!;
      const sourceCount = Number(/\d+/.exec((await frame.locator('figcaption').textContent())!)![0]);

      const [png] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /PNG/ }).click(),
      ]);
      expect(png.suggestedFilename()).toMatch(chart.file);
      const image = await bytes(png);
      expect(image.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // 2×: the IHDR width of a card at least 640 CSS pixels wide.
      expect(image.readUInt32BE(16)).toBeGreaterThanOrEqual(1280);
      expect(image.length).toBeGreaterThan(30_000);
      expect(image.length).toBeLessThan(5_000_000);
      // The chart takes its own room on the card: it does not run over the source line below it, and the
      // card is wide enough for all of it (a narrower card cut off the zone count's last years).
      const overlap = await page.locator('.export-card').evaluate((card) => {
        const chart = card.querySelector('.export-card__chart svg.recharts-surface')!.getBoundingClientRect();
        const sources = card.querySelector('.export-card__sources')!.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        return { below: chart.bottom - sources.top, right: chart.right - box.right };
      });
      expect(overlap.below).toBeLessThanOrEqual(0);
      expect(overlap.right).toBeLessThanOrEqual(0);

      const [svgFile] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /SVG/ }).click(),
      ]);
      const svg = (await bytes(svgFile)).toString('utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(title);
      expect(svg).toContain(lang === 'en' ? 'Sources: ' : '来源：');
      expect(svg).toContain('CC BY 4.0');
      if (lang === 'zh') {
        expect(svg).toMatch(/[\u4e00-\u9fff]{4}/);
        // It brings its own Chinese font, so it renders where none is installed.
        expect(svg).toMatch(
          /@font-face\{font-family:"ETDZ Export CJK";src:url\(data:font\/woff2;base64,[\w+/]{1000}/,
        );
      }

      const link = new URL(page.url());
      link.searchParams.set('lang', lang);
      const gbt = (await dialog.locator('pre[data-style="gbt"]').textContent())!;
      const apa = (await dialog.locator('pre[data-style="apa"]').textContent())!;
      const bib = (await dialog.locator('pre[data-style="bibtex"]').textContent())!;
      for (const text of [gbt, apa, bib]) expect(text).toContain(link.toString());
      expect(gbt.split('\n').filter((l) => /^\[\d+\] /.test(l))).toHaveLength(sourceCount);
      expect(apa.split('\n')).toHaveLength(sourceCount + 1);
      expect(bib.match(/^@misc\{src_/gm)).toHaveLength(sourceCount);
    });
  }

  test(`?embed=1 in ${lang} shows one chart, its source line and a link back, and no navigation`, async ({
    page,
  }) => {
    await page.goto(`/?view=compare&ind=gdp,gdp_share_national_pct&embed=1&lang=${lang}`);
    await expect(page.locator('figure.chart-frame').first()).toBeVisible();
    await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1);
    await expect(page.locator('figure.chart-frame figcaption').first()).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('.masthead, .footer')).toHaveCount(0);
    const back = page.locator('.embed-link a');
    await expect(back).toBeVisible();
    expect(await back.getAttribute('href')).not.toContain('embed=');
    // The chart frame offers the code that makes this view.
    await page.getByRole('button', { name: LABEL[lang] }).first().click();
    await expect(page.getByRole('dialog').locator('textarea')).toHaveValue(/<iframe src="[^"]*embed=1/);
  });
}

/** The entries of a zip that stores its files uncompressed, as client-zip writes them. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt16LE(at + 10), 'stored, not compressed').toBe(0);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, zip.toString('utf8', start, start + size));
    at = next;
  }
  return files;
}

test('the dataset zip holds every table and the codebook, and its CSVs parse back to the bundled rows', async ({
  page,
}) => {
  await page.goto('/?view=sources&lang=en');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /whole dataset/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^etdz-dataset_[\d.]+\.zip$/);
  const files = unzip(await bytes(download));
  for (const name of ['codebook.csv', 'CITATION.cff', 'LICENCE.txt', 'README.txt'])
    expect(files.has(name)).toBe(true);
  const parse = (text: string) =>
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  for (const def of Object.values(TABLES)) {
    const text = files.get(`data/${def.file}`);
    expect(text, def.file).toBeDefined();
    expect(parse(text!)).toEqual(parse(readFileSync(`src/data/csv/${def.file}`, 'utf8')));
  }
  const codebook = parse(files.get('codebook.csv')!);
  const columns = Object.values(TABLES).reduce((n, d) => n + Object.keys(d.schema.shape).length, 0);
  expect(
    codebook.filter((r) => r[1]!.endsWith('.csv') && Object.values(TABLES).some((d) => d.file === r[1])),
  ).toHaveLength(columns);
});
