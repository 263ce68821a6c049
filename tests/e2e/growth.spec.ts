import { expect, expectNoAxeViolations, test } from './fixtures';
import { recordChartSteps } from './support/chartSteps';

const year = (page: import('@playwright/test').Page) => page.getByRole('slider', { name: /^(Year|年份)$/ });

test.describe('Zone growth', () => {
  test('Play advances the year, under reduced motion too, and the URL follows', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=1984');
    await expect(page.getByRole('heading', { level: 1, name: 'Zone growth' })).toBeVisible();
    await expect(year(page)).toHaveAttribute('aria-valuenow', '1984');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(year(page)).toHaveAttribute('aria-valuenow', '1986', { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const stopped = Number(await year(page).getAttribute('aria-valuenow'));
    expect(stopped).toBeGreaterThanOrEqual(1986);
    await expect(page).toHaveURL(new RegExp(`year=${stopped}`));
    await expect(page.getByRole('heading', { name: `In ${stopped}`, exact: true })).toBeVisible();
  });

  test('plays with motion allowed, and the k shortcut pauses it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/?view=growth&lang=en&year=2008');
    await expect(year(page)).toHaveAttribute('aria-valuenow', '2008');
    await expect(page.getByText('Reduced motion is on')).toHaveCount(0);
    await page.keyboard.press('k');
    await expect(year(page)).toHaveAttribute('aria-valuenow', '2009', { timeout: 5000 });
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    // The count follows the playhead: 2009 has no statement of its own, 2010 states 90 zones.
    await page.keyboard.press('.');
    await expect(year(page)).toHaveAttribute('aria-valuenow', /^20(10|11)$/);
  });

  test('the year slider works by keyboard: arrows, Page keys, Home and End', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=2000');
    const slider = year(page);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '2001');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuenow', '1999');
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuenow', '2009');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '1984');
    await expect(slider).toHaveAttribute('aria-valuetext', '1984');
    await expect(page).toHaveURL(/year=1984/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '2025');
    await expect(page).not.toHaveURL(/year=/);
  });

  test('a milestone is selectable, moves the playhead and shows its sources', async ({ page }) => {
    await page.goto('/?view=growth&lang=en');
    await page.getByRole('button', { name: /First batch \(1984–1988\)/ }).click();
    await expect(page).toHaveURL(/ms=batch\.first/);
    await expect(year(page)).toHaveAttribute('aria-valuenow', '1984');
    const detail = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'First batch (1984–1988)' }) });
    await expect(detail).toBeVisible();
    await detail
      .getByRole('button', { name: /^Source of/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/From 1984 to 1988, 14 ETDZs/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a policy milestone links to its document in Policies', async ({ page }) => {
    await page.goto('/?view=growth&lang=en');
    await page.getByRole('button', { name: /Policy\s*2014 General Office Opinions/ }).click();
    await expect(page).toHaveURL(/ms=policy\.CN-GOSC-2014-54/);
    await expect(year(page)).toHaveAttribute('aria-valuenow', '2014');
    const link = page.getByRole('link', { name: 'Open “2014 General Office Opinions” in Policies' });
    await expect(link).toHaveAttribute('href', /view=policies.*doc=CN-GOSC-2014-54/);
    await link.click();
    await expect(page).toHaveURL(/view=policies/);
    await expect(page).toHaveURL(/doc=CN-GOSC-2014-54/);
    await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Zone growth' })).toBeVisible();
  });

  test('switching language mid-playback keeps playing and translates everything', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=1990');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(year(page)).toHaveAttribute('aria-valuenow', '1991', { timeout: 5000 });
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '经开区数量增长' })).toBeVisible();
    await expect(page.getByRole('button', { name: '暂停', exact: true })).toBeVisible();
    const now = Number(await year(page).getAttribute('aria-valuenow'));
    await expect(year(page)).toHaveAttribute('aria-valuenow', String(now + 1), { timeout: 5000 });
    await expect(year(page)).toHaveAttribute('aria-valuetext', /年$/);
    await expect(page).toHaveURL(/lang=zh/);
    await page.getByRole('button', { name: '暂停', exact: true }).click();
    await expectNoAxeViolations(page);
  });

  test('after a language switch at the top, the zone list and the provinces read in the new language when scrolled to', async ({
    page,
  }) => {
    await page.goto('/?view=growth&lang=en&year=2024');
    await expect(page.getByRole('heading', { level: 2, name: 'The zones in the dataset' })).toBeAttached();
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '经开区数量增长' })).toBeVisible();
    await page.locator('#growth-where').scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { level: 2, name: '经开区分布（截至2024年）' })).toBeVisible();
    await expect(page.getByRole('group', { name: /^省份方块地图/ })).toBeVisible();
    await page.locator('#growth-zones').scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { level: 2, name: '数据集中的经开区' })).toBeVisible();
    await expect(page.getByRole('link', { name: '大连经济技术开发区', exact: true })).toBeVisible();
    // And back: the header's button is at the top, the list follows when it is scrolled to again.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zone growth' })).toBeVisible();
    await page.locator('#growth-zones').scrollIntoViewIfNeeded();
    await expect(page.getByRole('heading', { level: 2, name: 'The zones in the dataset' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the count chart draws the statements up to the playhead, never beyond it', async ({ page }) => {
    const drawn = () =>
      page.evaluate(() => {
        const chart = document.querySelector('.growth-count') as Element;
        const band = (chart.querySelector('.growth-playhead') as Element).getBoundingClientRect();
        const marks = [...chart.querySelectorAll('.recharts-scatter-symbol')]
          .map((s) => s.querySelector('path, circle, rect, polygon'))
          .filter((m): m is Element => m !== null)
          .map((m) => m.getBoundingClientRect());
        const step = chart.querySelector('.recharts-line-curve')?.getBoundingClientRect();
        return {
          marks: marks.length,
          beyond: marks.filter((r) => r.x + r.width / 2 > band.right).length,
          stepBeyond: step ? step.right > band.right + 1 : false,
        };
      });
    await page.goto('/?view=growth&lang=en&year=2000');
    await expect(page.locator('.growth-count .growth-playhead')).toBeAttached();
    // The marks come a task after the chart's frame (useSecondStep).
    await expect(page.locator('.growth-count .recharts-scatter-symbol').first()).toBeAttached();
    const at2000 = await drawn();
    expect(at2000.marks).toBeGreaterThan(0);
    expect(at2000).toMatchObject({ beyond: 0, stepBeyond: false });
    await year(page).focus();
    await page.keyboard.press('PageUp');
    await expect(year(page)).toHaveAttribute('aria-valuenow', '2010');
    await expect.poll(async () => (await drawn()).marks).toBeGreaterThan(at2000.marks);
    expect(await drawn()).toMatchObject({ beyond: 0, stepBeyond: false });
  });

  test('the count chart mounts in steps: its frame, then its axes, then the step, then the marks', async ({
    page,
  }) => {
    // Mounted whole, the frame and axes were one task of 60–80 ms (Lighthouse's trace, 1× CPU): Recharts
    // re-renders the chart synchronously for each round of registrations (options, layers, axes, ticks).
    const steps = await recordChartSteps(page, '.growth-count .chart-plot', {
      axes: '.recharts-cartesian-axis',
      step: '.recharts-line-curve',
      marks: '.recharts-scatter',
    });
    await page.goto('/?view=growth&lang=en&year=2000');
    await expect(page.locator('.growth-count .recharts-scatter')).toBeAttached();
    expect(await steps()).toEqual(['frame', 'axes', 'axes+step', 'axes+step+marks']);
  });

  test('provinces: two measures, no data distinct from zero, and a province in the URL', async ({ page }) => {
    await page.goto('/?view=growth&lang=en&year=2024');
    const map = page.getByRole('group', { name: /Province tile map/ });
    await expect(map.getByRole('button', { name: 'Zhejiang 22' })).toBeVisible();
    await expect(map.getByRole('button', { name: 'Beijing no data' })).toBeVisible();
    await page.getByRole('radio', { name: 'Listed in the dataset' }).check();
    await expect(page).toHaveURL(/pm=listed/);
    await expect(map.getByRole('button', { name: 'Beijing 1' })).toBeVisible();
    await map.getByRole('button', { name: /^Zhejiang/ }).click();
    await expect(page).toHaveURL(/prov=zhejiang/);
    await expect(page.getByRole('heading', { level: 3, name: 'Zhejiang' })).toBeVisible();
    await expect(page.locator('.growth-count .recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the zone list states its coverage, searches, and an unknown zone in the link says so', async ({
    page,
  }) => {
    await page.goto('/?view=growth&lang=en&zone=atlantis');
    await expect(page.getByText(/The link asks for zone “atlantis”/)).toBeVisible();
    await expect(page.getByText(/^\d+ of about 232 zones listed$/)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search zones or provinces' }).fill('Dalian');
    await expect(page.getByText(/^2 zones shown · by region: Northeast 2$/)).toBeVisible();
    // Each listed zone leads to its own page.
    await page
      .getByRole('link', { name: /^Dalian Economic and Technological Development Zone/ })
      .first()
      .click();
    await expect(page).toHaveURL(/view=zones.*zone=dalian/);
  });
});

test.describe('Zone growth on a projector', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 800 },
  ]) {
    test(`the Zone growth slide shows its count chart and source line on screen at ${size.width}×${size.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      // Zone growth is the default deck's second slide: its count chart and source line fit the screen.
      await page.goto('/?present=2&lang=en');
      const slide = page.locator('.stage__slide');
      await expect(slide.locator('.recharts-surface').first()).toBeVisible();
      // The stage is scaled by a fraction (it leaves a band for the presentation bar): allow float noise.
      await expect(slide.locator('.chart-plot').first()).toBeInViewport({ ratio: 0.999 });
      await expect(slide.locator('.slide__source')).toBeInViewport({ ratio: 0.999 });
      await expect(page.locator('.zone-list')).toHaveCount(0);
    });
  }

  test('chart legend icons are hidden from assistive tech, so a zh page has no English names', async ({
    page,
  }) => {
    await page.goto('/?view=growth&lang=zh&year=2010');
    const legend = page.locator('.growth-count .growth-legend-list');
    await expect(legend.getByText('日期约略（不在阶梯上）')).toBeVisible();
    await expect(page.locator('.growth-count [aria-label*="legend icon"]')).toHaveCount(0);
    await expect(legend.locator('svg[aria-hidden="true"]')).toHaveCount(6);
  });
});
