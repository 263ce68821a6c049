import { expect, expectNoAxeViolations, test } from './fixtures';

const PLAN = 'CN-MOFCOM-2025-132';

test.describe('the Policies view', () => {
  test('filters to the 2025 plan’s factor-guarantees area and states the counts honestly', async ({
    page,
  }) => {
    await page.goto('/?view=policies&lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
    await expect(page.getByText('79 of 79 measures')).toBeVisible();
    await page
      .getByRole('region', { name: 'Documents and statements, 2014–2025' })
      .getByRole('button', { name: /2025 Work Plan/ })
      .click();
    await expect(
      page
        .getByRole('region', { name: 'Documents and statements, 2014–2025' })
        .getByRole('button', { name: /2025 Work Plan/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByText('The document states 16 measures in 4 areas.', { exact: false }),
    ).toBeVisible();
    await page
      .getByLabel('Area of this document')
      .selectOption({ label: '4. Strengthening factor guarantees (land, energy, talent, funding)' });
    await expect(page.getByText('4 of 79 measures')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`doc=${PLAN}&area=4`));
    const land = page.getByRole('article', { name: 'Land guarantees' });
    await expect(land).toBeVisible();
    await expect(land.getByText('Paraphrased grouping')).toBeVisible();
    await expect(land.getByText(/the document's own heading could not be retrieved/)).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test('searches in Chinese and in English, highlighting matches', async ({ page }) => {
    await page.goto('/?view=policies&lang=zh');
    await page.getByLabel('搜索标题和摘要').fill('用地');
    await expect(page).toHaveURL(/q=%E7%94%A8%E5%9C%B0/);
    const marks = page.locator('.policy-measures mark');
    await expect(marks.first()).toHaveText('用地');
    const count = await page.getByRole('article').count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByText(`79项举措中的${count}项`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Search titles and summaries').fill('LAND');
    await expect(page.locator('.policy-measures mark').first()).toHaveText(/^land$/i);
    await expect(page.getByRole('article', { name: 'Land guarantees' })).toBeVisible();
    await page.getByLabel('Search titles and summaries').fill('no such words anywhere');
    await expect(page.getByText('No measure matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page.getByText('79 of 79 measures')).toBeVisible();
  });

  test('opens one measure from a link: its document selected, the measure focused', async ({ page }) => {
    await page.goto(`/?view=policies&lang=en&measure=${PLAN}-m15`);
    const land = page.getByRole('article', { name: 'Land guarantees' });
    await expect(land).toBeFocused();
    await expect(land).toBeInViewport();
    await expect(
      page
        .getByRole('region', { name: 'Documents and statements, 2014–2025' })
        .getByRole('button', { name: /2025 Work Plan/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`doc=${PLAN}.*measure=${PLAN}-m15`));
  });

  test('says so when a link names an unknown document or measure', async ({ page }) => {
    await page.goto('/?view=policies&lang=en&doc=CN-NOPE-1&measure=CN-NOPE-1-m01');
    await expect(
      page.getByText('There is no document “CN-NOPE-1” in this material; showing all documents.'),
    ).toBeVisible();
    await expect(page.getByText('There is no measure “CN-NOPE-1-m01” in this material.')).toBeVisible();
    await expect(page.getByText('79 of 79 measures')).toBeVisible();
  });

  test('"see the data" opens Compare preset to the indicators the measure aims at', async ({ page }) => {
    await page.goto(`/?view=policies&lang=en&measure=${PLAN}-m01`);
    const measure = page.getByRole('article', { name: 'Improving the quality of foreign investment' });
    await measure.getByRole('link', { name: /^See the data:/ }).click();
    await expect(page).toHaveURL(/view=compare/);
    await expect(page).toHaveURL(/ind=fdi_actual_usd,fdi_share_national_pct/);
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('moves through the list and the matrix with the keyboard', async ({ page }) => {
    await page.goto(`/?view=policies&lang=en&doc=${PLAN}&area=4`);
    const articles = page.getByRole('article');
    await articles.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(articles.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(articles.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(articles.first()).toBeFocused();

    const matrix = page.getByRole('table', { name: 'Themes by document' });
    const tabStop = matrix.locator('button[tabindex="0"]');
    await expect(tabStop).toHaveCount(1);
    await tabStop.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    const focused = matrix.locator('button:focus');
    await expect(focused).toHaveAttribute('data-cell', /^1:/);
    const label = await focused.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/tag=foreign-investment/);
    expect(label).toMatch(/^Foreign investment in /);
    await expect(focused).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);
  });

  test('downloads the listed measures as CSV, sources included', async ({ page }) => {
    await page.goto(`/?view=policies&lang=en&doc=${PLAN}&area=4`);
    const list = page.getByRole('region', { name: 'Measures' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('policy-measures-en.csv');
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines.shift()).toMatch(/^# National ETDZ Dashboard dataset v\S+ .*view=policies/);
    expect(lines[0]).toBe('id,Document,Area,Title,Title status,Summary,Themes,Responsible,Source');
    expect(lines[1]).toMatch(
      new RegExp(`^${PLAN}-m15,2025 Work Plan,.*,Land guarantees,Paraphrased grouping,.*https?://`),
    );
  });
});
