import Papa from 'papaparse';
import { expect, test } from './fixtures';

const FOOTER = { en: /Dataset version (\S+) /, zh: /数据集版本 ?(\S+?)[（ (]/ } as const;

for (const lang of ['en', 'zh'] as const) {
  test(`the sources CSV in ${lang} opens with the footer's dataset version and the view's link, then parses back`, async ({
    page,
  }) => {
    await page.goto(`/?view=sources&lang=${lang}`);
    const section = page.locator('section[aria-labelledby="source-table-title"]');
    await expect(section.locator('tbody tr').first()).toBeVisible();
    const shown = await section.locator('tbody tr').count();
    const footer = (await page.locator('footer').textContent())!;
    const version = FOOTER[lang].exec(footer)![1]!;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.locator('.csv-button').click(),
    ]);
    const text = (await download.createReadStream().then((s) => s.toArray()))
      .map((c: Buffer) => c.toString('utf8'))
      .join('');
    expect(text.startsWith('\uFEFF# ')).toBe(true);
    const [first, ...rest] = text.slice(1).split('\r\n');
    expect(first).toContain(` v${version}`);
    expect(first).toContain('view=sources');
    expect(first).toContain('CC BY 4.0');
    const rows = Papa.parse<string[]>(rest.join('\r\n'), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(shown + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });
}

test('the CSV writer loads on the first download; when it cannot arrive the button says so, and works on the next press', async ({
  page,
  tolerated,
}) => {
  // The blocked chunk's failed request, which the browser logs.
  tolerated.push(/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  const csvChunk = /\/assets\/csv-[\w-]+\.js$/;
  let block = true;
  const asked: string[] = [];
  await page.route(csvChunk, (route) => {
    asked.push(route.request().url());
    return block ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto('/?view=sources&lang=en');
  const section = page.locator('section[aria-labelledby="source-table-title"]');
  await expect(section.locator('tbody tr').first()).toBeVisible();
  // Nothing on the way to the table needed it.
  expect(asked).toEqual([]);

  await section.locator('.csv-button').click();
  await expect(section.getByRole('alert')).toContainText('The download could not start');
  block = false;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.locator('.csv-button').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-en\.csv$/);
  await expect(section.getByRole('alert')).toHaveCount(0);
});
