import { appTakesKeys, expect, expectNoAxeViolations, test } from './fixtures';
import { waitForSlide } from './slideMetrics';

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
    await appTakesKeys(page);
    await page.keyboard.press('p');
    const bar = page.locator('.present-bar');
    const slide = page.locator('.stage__slide');
    await expect(bar.getByText('Slide 1 of 7', { exact: true })).toBeVisible();
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText('The zones in figures today');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveURL(/\?present=1&lang=en$/);

    await page.keyboard.press('ArrowRight');
    await expect(bar.getByText('Slide 2 of 7', { exact: true })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(bar.getByText('Slide 3 of 7', { exact: true })).toBeVisible();
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText("The zones' GDP keeps growing");
    await expect(page).toHaveURL(/present=3/);

    await page.keyboard.press('l');
    await expect(bar.getByText('第3张，共7张', { exact: true })).toBeVisible();
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText('经开区地区生产总值持续增长');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('.stage > [role="status"]')).toHaveText(
      '第3张，共7张：经开区地区生产总值持续增长',
    );

    await page.keyboard.press('PageUp');
    await expect(bar.getByText('第2张，共7张', { exact: true })).toBeVisible();
    await page.keyboard.press('End');
    await expect(bar.getByText('第7张，共7张', { exact: true })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(bar.getByText('第1张，共7张', { exact: true })).toBeVisible();
    await waitForSlide(page);
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('button', { name: '演示' })).toBeFocused();
    await expect(page).toHaveURL(/\?view=sources&lang=zh$/);
  });

  test("a deck started from a view that has not loaded a slide's texts words that slide, in both languages", async ({
    page,
  }) => {
    // Sources loads no Compare texts; slide 3 is a Compare chart. It showed the key 'key.hollow'.
    await page.goto('/?lang=en&view=sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await appTakesKeys(page);
    await page.keyboard.press('p');
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('ArrowRight');
    const slide = page.locator('.stage__slide');
    await expect(page.locator('.present-bar').getByText('Slide 3 of 7', { exact: true })).toBeVisible();
    await expect(slide.getByText(/^Hollow marks: approximate or bound figures/)).toBeVisible();
    await page.keyboard.press('l');
    await expect(slide.getByText(/^空心标记：约数或界限值/)).toBeVisible();
    await expect(slide.getByText(/\bkey\.|chartTitle\./)).toHaveCount(0);
    await expect(slide.getByRole('application', { name: /chartTitle/ })).toHaveCount(0);
  });

  test('Esc gives focus back to the control the presenter started from', async ({ page }) => {
    await page.goto('/?lang=en');
    const showTable = page.locator('figure.chart-frame').first().getByRole('button', { name: 'Show table' });
    await showTable.focus();
    await page.keyboard.press('p');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 1 of 7');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(
      page.locator('figure.chart-frame').first().getByRole('button', { name: 'Show table' }),
    ).toBeFocused();
  });

  test('plays the Zone growth slide with k and steps it with , and . while Page Down turns the slide', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/?present=2&lang=en');
    await waitForSlide(page);
    const year = page.locator('.growth-slide__year');
    await expect(year).toHaveText('2025');
    await page.keyboard.press(',');
    await expect(year).toHaveText('2024');
    await page.keyboard.press('.');
    await expect(year).toHaveText('2025');
    // Play from the end starts over from 1984, a year per tick.
    await page.keyboard.press('k');
    await expect
      .poll(async () => Number(await year.textContent()), { timeout: 10_000 })
      .toBeGreaterThan(1985);
    await page.keyboard.press('k');
    const paused = await year.textContent();
    await page.waitForTimeout(1500);
    await expect(year).toHaveText(paused ?? '');
    await expect(page.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Forty years of national ETDZs, batch by batch',
    );
    await page.keyboard.press('PageDown');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 3 of 7');
  });

  test('the presentation bar switches language like the l key: texts, <html lang>, title and link at once', async ({
    page,
  }) => {
    await page.goto('/?present=3&lang=en');
    const bar = page.locator('.present-bar');
    await expect(bar.getByText('Slide 3 of 7', { exact: true })).toBeVisible();
    await bar.getByRole('button', { name: 'Switch language' }).click();
    await expect(bar.getByText('第3张，共7张', { exact: true })).toBeVisible();
    await expect(bar.getByRole('button', { name: '切换语言' })).toHaveAttribute('aria-keyshortcuts', 'l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveTitle('对比 · 国家级经开区数据看板');
    await expect(page).toHaveURL(/\?present=3&lang=zh$/);
    expect(await page.evaluate(() => localStorage.getItem('etdz.lang'))).toBe('zh');
  });

  test('reloads a presented slide from its link, in its language', async ({ page }) => {
    await page.goto('/?present=5&lang=zh');
    await expect(page.locator('.present-bar').getByText('第5张，共7张', { exact: true })).toBeVisible();
    await expect(page.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      '东部的经开区最多',
    );
    await page.reload();
    await expect(page.locator('.present-bar').getByText('第5张，共7张', { exact: true })).toBeVisible();
  });

  test('an old deck link still opens; a malformed one falls back to what it can use and says so', async ({
    page,
  }) => {
    await page.goto('/?present=2&deck=view%253Dsources%2Cview%253Dgrowth&lang=en');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 2 of 2');
    // A slide of the default deck keeps its message as a title wherever it appears.
    await expect(page.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Forty years of national ETDZs, batch by batch',
    );

    await page.goto('/?present=9&deck=view%253Dsources%2Cview%253Dnowhere&lang=en');
    await expect(page.locator('.present-bar').getByText('Slide 1 of 1', { exact: true })).toBeVisible();
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices.getByText(/not a valid slide link/)).toBeVisible();
    await expect(
      notices.getByText(
        "The link's “present=9” was ignored: this deck has no slide with that number; it starts at the first.",
      ),
    ).toBeVisible();
    await expect(page.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Regional GDP, 2023: 3 figures that disagree',
    );
  });

  test('opens help with ? listing every action with its keys, and switches to high contrast', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'National ETDZs at a glance' })).toBeVisible();
    await appTakesKeys(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const name of [
      'Present',
      'Next slide',
      'Previous slide',
      'Leave presentation',
      'Switch language',
      'Presenter window',
      'Print or save as PDF',
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
