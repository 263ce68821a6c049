import { expect, expectNoAxeViolations, test } from './fixtures';
import { measureSlide, waitForSlide } from './slideMetrics';

/** The default deck, as long as it is: every slide is checked. */
const SLIDES = 7;

/** A projector and a large screen: the smallest text each must still show, in CSS pixels. */
const SCREENS = [
  { width: 1920, height: 1080, minText: 18 },
  { width: 1280, height: 720, minText: 14 },
] as const;

for (const screen of SCREENS)
  for (const lang of ['en', 'zh'] as const)
    test(`every default slide reads from the back of the room at ${screen.width}×${screen.height} in ${lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(`/?present=1&lang=${lang}`);
      for (let n = 1; n <= SLIDES; n += 1) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expect(page.locator('.present-bar__counter')).toHaveText(
          lang === 'en' ? `Slide ${n} of ${SLIDES}` : `第${n}张，共${SLIDES}张`,
        );
        await waitForSlide(page);
        const m = await measureSlide(page);
        const at = `slide ${n}, ${screen.width}×${screen.height}, ${lang}`;
        expect.soft(m.scrolls, `${at}: the page scrolls`).toBe(false);
        expect(
          m.figureShare,
          `${at}: the chart or figure covers too little of the screen`,
        ).toBeGreaterThanOrEqual(0.35);
        expect
          .soft(m.smallest.size, `${at}: text too small: “${m.smallest.text}”`)
          .toBeGreaterThanOrEqual(screen.minText);
        expect.soft(m.overlaps, `${at}: texts overlap`).toEqual([]);
        expect.soft(m.outside, `${at}: texts cut off at the slide's edge`).toEqual([]);
        expect.soft(m.controls, `${at}: page controls on the slide`).toEqual([]);
        expect.soft(m.sourceFits, `${at}: the source line is not one line`).toBe(true);
      }
    });

test('a slide has a title, a source line and its number, and passes axe', async ({ page }) => {
  await page.goto('/?present=3&lang=en');
  await waitForSlide(page);
  const slide = page.locator('.stage__slide');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText("The zones' GDP keeps growing");
  await expect(slide.locator('.slide__source')).toHaveText(/^Sources?: /);
  await expect(slide.locator('.slide__source')).not.toHaveText(/\d+ sources/);
  await expect(slide.locator('.slide__number')).toHaveText('3 / 7');
  await expectNoAxeViolations(page);
});

test('the presentation bar stays on one row, hides while the mouse is still and comes back', async ({
  page,
}) => {
  for (const lang of ['en', 'zh']) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?present=1&lang=${lang}`);
    const bar = page.locator('.present-bar');
    await expect(bar).toBeVisible();
    const middles = await bar.locator('button, .present-bar__counter').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return r.top + r.height / 2;
      }),
    );
    expect(Math.max(...middles) - Math.min(...middles), `${lang}: the bar wraps`).toBeLessThan(4);
    const box = await bar.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(1280);
  }
  const bar = page.locator('.present-bar');
  await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 310);
  await expect(bar).toHaveCSS('opacity', '1');
  await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
  await page.keyboard.press('Tab');
  await expect(bar).toHaveCSS('opacity', '1');
});

test('a wider or taller window letterboxes the 16:9 slide', async ({ page }) => {
  for (const [width, height] of [
    [1600, 1200],
    [1400, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?present=2&lang=en');
    await waitForSlide(page);
    const box = await page.locator('.stage__slide').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
    expect(box.width <= width + 1 && box.height <= height + 1).toBe(true);
    expect(Math.min(width - box.width, height - box.height)).toBeLessThan(2);
    const m = await measureSlide(page);
    expect(m.scrolls).toBe(false);
  }
});
