import { expect, expectNoAxeViolations, test } from './fixtures';

const fullscreenElement = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.fullscreenElement?.tagName ?? null);

test.describe('presenting', () => {
  test('puts a chart on the whole screen with its button or f, and leaves with Esc or f', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const frame = page.locator('figure.chart-frame').first();
    await frame.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => fullscreenElement(page)).toBe('FIGURE');
    await expect(frame.getByRole('button', { name: 'Exit full screen' })).toBeFocused();
    await expect(frame.locator('.chart-frame__summary')).toBeVisible();
    const plot = await frame.locator('.recharts-surface').boundingBox();
    expect(plot?.width ?? 0).toBeGreaterThan(1000);
    expect(plot?.height ?? 0).toBeGreaterThan(400);
    await page.keyboard.press('Escape');
    await expect.poll(() => fullscreenElement(page)).toBeNull();
    await expect(frame.getByRole('button', { name: 'Full screen' })).toBeFocused();

    await page.keyboard.press('f');
    await expect.poll(() => fullscreenElement(page)).toBe('FIGURE');
    await page.keyboard.press('f');
    await expect.poll(() => fullscreenElement(page)).toBeNull();
  });

  test('runs the default deck with arrow keys and the clicker keys, and keeps the slide when the language changes', async ({
    page,
  }) => {
    await page.goto('/?lang=en&view=sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await page.keyboard.press('p');
    const bar = page.locator('.present-bar');
    await expect(bar.getByText('Slide 1 of 5', { exact: true })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveURL(/\?present=1&lang=en$/);

    await page.keyboard.press('ArrowRight');
    await expect(bar.getByText('Slide 2 of 5', { exact: true })).toBeVisible();
    await expect(bar.getByText('Regional GDP and its share of national GDP', { exact: true })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(bar.getByText('Slide 3 of 5', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/present=3/);

    await page.keyboard.press('l');
    await expect(bar.getByText('第3张，共5张', { exact: true })).toBeVisible();
    await expect(bar.getByText('占全国外贸和外资的比重', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('.present-bar [aria-live="polite"]')).toHaveText(
      '第3张，共5张：占全国外贸和外资的比重',
    );

    await page.keyboard.press('PageUp');
    await expect(bar.getByText('第2张，共5张', { exact: true })).toBeVisible();
    await page.keyboard.press('End');
    await expect(bar.getByText('第5张，共5张', { exact: true })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(bar.getByText('第1张，共5张', { exact: true })).toBeVisible();
    // The slide's view has loaded once its heading (kept for screen readers) is there.
    await expect(page.getByRole('heading', { level: 1, name: '经开区数量增长' })).toBeAttached();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('button', { name: '演示' })).toBeFocused();
    await expect(page).toHaveURL(/\?view=sources&lang=zh$/);
  });

  test('plays the first slide from 1984 with Home and k, with only the keyboard', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await page.keyboard.press('p');
    const slider = page.getByRole('slider', { name: 'Year' });
    // The slide opens on today's count; the presenter goes back to 1984 and plays.
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '1984');
    await page.keyboard.press('k');
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThan(1985);
    await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
    // The slider still has focus: arrows move the year, but the clicker's Page Down turns the slide.
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 1 of 5');
    await page.keyboard.press('PageDown');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 2 of 5');
  });

  test('the presentation bar switches language like the l key: texts, <html lang>, title and link at once', async ({
    page,
  }) => {
    await page.goto('/?present=2&lang=en');
    const bar = page.locator('.present-bar');
    await expect(bar.getByText('Slide 2 of 5', { exact: true })).toBeVisible();
    await bar.getByRole('button', { name: 'Switch language' }).click();
    await expect(bar.getByText('第2张，共5张', { exact: true })).toBeVisible();
    await expect(bar.getByRole('button', { name: '切换语言' })).toHaveAttribute('aria-keyshortcuts', 'l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveTitle('对比 · 国家级经开区数据看板');
    await expect(page).toHaveURL(/\?present=2&lang=zh$/);
    expect(await page.evaluate(() => localStorage.getItem('etdz.lang'))).toBe('zh');
  });

  test('sizes a slide for a projector: large type, the chart and its source line on screen, no download button', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?present=3&lang=en');
    const frame = page.locator('figure.chart-frame').first();
    await expect(frame.locator('.recharts-wrapper').first()).toBeVisible();
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
    ).toBeGreaterThan(24);
    const source = await frame.locator('.chart-frame__source').boundingBox();
    expect((source?.y ?? 2000) + (source?.height ?? 0)).toBeLessThanOrEqual(1080);
    await expect(frame.getByRole('button', { name: 'Download CSV' })).toBeHidden();
    await expect(frame.locator('.chart-frame__summary')).toBeVisible();
  });

  test('reloads a presented slide from its link, in its language', async ({ page }) => {
    await page.goto('/?present=4&lang=zh');
    await expect(page.locator('.present-bar').getByText('第4张，共5张', { exact: true })).toBeVisible();
    await expect(
      page.locator('.present-bar').getByText('2023年各区域的经开区数量与地区生产总值', { exact: true }),
    ).toBeVisible();
    await page.reload();
    await expect(page.locator('.present-bar').getByText('第4张，共5张', { exact: true })).toBeVisible();
  });

  test('a malformed deck link falls back to what it can use and says so', async ({ page }) => {
    await page.goto('/?present=9&deck=view%253Dsources%2Cview%253Dnowhere&lang=en');
    await expect(page.locator('.present-bar').getByText('Slide 1 of 1', { exact: true })).toBeVisible();
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices.getByText(/not a valid slide link/)).toBeVisible();
    await expect(
      notices.getByText(
        "The link's “present=9” was ignored: this deck has no slide with that number; it starts at the first.",
      ),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  });

  test('opens help with ? listing every action with its keys, and switches to high contrast', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const name of [
      'Present',
      'Next slide',
      'Previous slide',
      'Leave presentation',
      'Switch language',
      'Full screen for the chart (again to leave)',
      'Play or pause the timeline',
      'Keyboard shortcuts',
    ]) {
      await expect(help.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await expect(help.getByRole('row').filter({ hasText: 'Next slide' })).toContainText('Page Down');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.keyboard.press('c');
    await expect(page.locator('.shell')).toHaveClass(/theme-contrast/);
    await expectNoAxeViolations(page);
  });
});
