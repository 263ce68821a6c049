import { appTakesKeys, expect, expectNoAxeViolations, test } from './fixtures';

test.describe('the built dashboard', () => {
  test('opens on the Overview with the latest figures and their sources', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    const gdp = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Regional GDP', exact: true }) });
    await expect(gdp.getByText('CNY 16.9 trillion')).toBeVisible();
    await expect(gdp.getByText('Data year 2024')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Number of national ETDZs, as stated' })).toBeVisible();
    // The chart draws once a reader comes near it (ChartSuspense).
    await page.locator('.overview__spark').scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
  });

  test('switches every string and number format between 中文 and English without reload', async ({
    page,
  }) => {
    await page.goto('/?lang=zh');
    await expect(page.getByRole('heading', { level: 1, name: '国家级经开区概览' })).toBeVisible();
    await expect(page.getByText('16.9万亿元')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await expect(page.getByText('CNY 16.9 trillion')).toBeVisible();
    await expect(page.getByText('USD 27.2 billion')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Overview · National ETDZ Dashboard');
    await expect(page).toHaveURL(/lang=en/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  test('a copied URL reloads to the same view and language', async ({ page }) => {
    await page.goto('/?lang=zh');
    await page.getByRole('link', { name: '出处', exact: true }).first().click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    // The address takes a language change after the frame that shows it.
    await expect(page).toHaveURL(/view=sources.*lang=en|lang=en.*view=sources/);
    const url = page.url();

    const fresh = await page.context().newPage();
    await fresh.goto(url);
    await expect(fresh.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(fresh.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await fresh.close();

    // Back returns to the previous view; the language stays the one just chosen.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
  });

  test('Back and Forward walk through the views visited, each with the filters it last had', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const nav = page.getByRole('navigation').first();
    await nav.getByRole('link', { name: 'Compare', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Regional GDP, year-on-year / }).check();
    await expect(page).toHaveURL(/gdp_yoy_pct/);
    await nav.getByRole('link', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Regional GDP, year-on-year / })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare indicators' })).toBeVisible();
    await expect(page).toHaveURL(/gdp_yoy_pct/);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  });

  test('a malformed link still renders and says what was ignored', async ({ page }) => {
    await page.goto('/?view=%3Cscript%3Ealert(1)%3C/script%3E&lang=en&from=abc&zzz=1');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices.getByText(/“view=<script>alert\(1\)<\/script>” was ignored/)).toBeVisible();
    await expect(notices.getByText(/“zzz=1” was ignored: this dashboard has no such setting/)).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(notices).toHaveCount(0);
    await expect(page).toHaveURL(/\?lang=en$/);
  });

  test('a source is one keypress away and the dialog is keyboard-operable', async ({ page }) => {
    await page.goto('/?lang=en');
    const trade = page.getByRole('button', { name: /sources? of Foreign trade \(CNY\), 2024/ }).first();
    await trade.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Source of Foreign trade \(CNY\), 2024/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Publisher').first()).toBeVisible();
    await expect(dialog.locator('blockquote').first()).toContainText(/10\.7|10\.7 trillion/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trade).toBeFocused();
  });

  test('a key pressed in the task that first draws the app is not lost', async ({ page }) => {
    // The shortcuts listened from a passive effect, a task after the first commit had put the masthead's
    // buttons on screen; a key pressed in between did nothing. This presses one at the first sight of them.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('header.masthead button')) return;
        observer.disconnect();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '5', bubbles: true }));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(page).toHaveURL(/view=sources/);
  });

  test('keyboard shortcuts: ? opens help, l switches language, digits switch views', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await appTakesKeys(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('row', { name: /l Switch language/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('5');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await page.keyboard.press('l');
    await expect(page.getByRole('heading', { level: 1, name: '出处' })).toBeVisible();
  });

  for (const lang of ['zh', 'en']) {
    test(`has no axe violations on Overview and Sources (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.locator('.overview__spark').scrollIntoViewIfNeeded();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/?lang=${lang}&view=sources`);
      await expect(page.locator('table').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
