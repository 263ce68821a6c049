import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const LABEL = { en: 'Cite this', zh: '引用本页' } as const;

async function citations(page: Page, lang: 'en' | 'zh') {
  await page.getByRole('button', { name: LABEL[lang], exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('pre[data-style="gbt"]')).toBeVisible();
  // A view of lists has no single chart: the dialog offers no picture.
  await expect(dialog.getByRole('button', { name: /PNG|SVG/ })).toHaveCount(0);
  const link = new URL(page.url());
  link.searchParams.set('lang', lang);
  const text = async (style: string) => (await dialog.locator(`pre[data-style="${style}"]`).textContent())!;
  return {
    dialog,
    link: link.toString(),
    gbt: await text('gbt'),
    apa: await text('apa'),
    bib: await text('bibtex'),
  };
}

for (const lang of ['en', 'zh'] as const) {
  test(`Sources in ${lang}: Cite this names the view's link and every source the table lists`, async ({
    page,
  }) => {
    await page.goto(`/?view=sources&lang=${lang}`);
    const table = page.locator('section[aria-labelledby="source-table-title"] table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const titles = await table.locator('tbody tr td:first-child > span[lang]').allTextContents();
    const addresses = await table
      .locator('tbody a[href^="http"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(titles.length).toBeGreaterThan(10);

    const { dialog, link, gbt, apa, bib } = await citations(page, lang);
    for (const text of [gbt, apa, bib]) expect(text).toContain(link);
    expect(gbt.split('\n').filter((l) => /^\[\d+\] /.test(l))).toHaveLength(titles.length);
    for (const title of titles) expect(gbt).toContain(title.trim());
    for (const url of addresses) expect(gbt).toContain(url);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: lang === 'en' ? 'Close' : '关闭' }).click();
    await expect(dialog).toBeHidden();
  });

  test(`Policies in ${lang}: Cite this names the view's link and each shown document with its issuer and address`, async ({
    page,
  }) => {
    await page.goto(`/?view=policies&doc=CN-GOSC-2014-54&lang=${lang}`);
    const details = page.locator('.policy-document');
    await expect(details).toBeVisible();
    const title = (await details.locator('h2').textContent())!;
    const issuer = (await details.locator('dd').first().textContent())!;
    const address = await details.locator('a[href^="http"]').first().getAttribute('href');

    const { link, gbt, apa, bib } = await citations(page, lang);
    for (const text of [gbt, apa, bib]) expect(text).toContain(link);
    expect(link).toContain('doc=');
    for (const text of [gbt, apa]) {
      expect(text).toContain(title);
      expect(text).toContain(issuer);
      if (address) expect(text).toContain(address);
    }
  });

  test(`the i key opens the view citation in ${lang}`, async ({ page }) => {
    await page.goto(`/?view=rankings&lang=${lang}`);
    await expect(page.getByRole('button', { name: LABEL[lang], exact: true })).toBeVisible();
    await page.keyboard.press('i');
    await expect(page.getByRole('dialog').locator('pre[data-style="apa"]')).toBeVisible();
  });
}
