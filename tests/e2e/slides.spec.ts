import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import lzString from 'lz-string';
import { measureSlide, waitForSlide } from './slideMetrics';

/** The default deck, as long as it is: every slide is checked. */
const SLIDES = 7;

/** A projector and a large screen: the smallest text each must still show, in CSS pixels. */
const SCREENS = [
  { width: 1920, height: 1080, minText: 18 },
  { width: 1280, height: 720, minText: 14 },
] as const;

/** The checks every slide passes, measured on the slide on screen. */
async function expectReadable(page: Page, at: string, minText: number) {
  await waitForSlide(page);
  const m = await measureSlide(page);
  expect.soft(m.scrolls, `${at}: the page scrolls`).toBe(false);
  expect(m.figureShare, `${at}: the chart or figure covers too little of the screen`).toBeGreaterThanOrEqual(
    0.35,
  );
  expect.soft(m.smallest.size, `${at}: text too small: “${m.smallest.text}”`).toBeGreaterThanOrEqual(minText);
  expect.soft(m.overlaps, `${at}: texts overlap`).toEqual([]);
  expect.soft(m.outside, `${at}: texts cut off at the slide's edge`).toEqual([]);
  expect.soft(m.controls, `${at}: page controls on the slide`).toEqual([]);
  expect.soft(m.sourceFits, `${at}: the source line is not one line`).toBe(true);
}

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
        await expectReadable(page, `slide ${n}, ${screen.width}×${screen.height}, ${lang}`, screen.minText);
      }
    });

/** A deck link as the app writes it (src/state/deckLink.ts): each slide's [query, part] as JSON, compressed. */
function deckLink(slides: ReadonlyArray<readonly [string, string]>) {
  const packed = lzString.compressToEncodedURIComponent(JSON.stringify(slides));
  return `z.${packed.replace(/\+/g, '_').replace(/\$/g, '.')}`;
}

/**
 * Slides of the views outside the default deck: a zone with a long name and a rank, the zone list,
 * the longest ranking (ten places with long names) and a list with ranks within a region.
 */
const MORE_SLIDES = [
  ['view=zones&zone=tianjin', ''],
  ['view=zones&zone=shanghai-caohejing-hi-tech-park', ''],
  ['view=zones', ''],
  ['view=rankings&a=2010', 'investment_environment_overall'],
  ['view=rankings&a=2021', ''],
  ['view=rankings&a=2022', ''],
] as const;

for (const screen of SCREENS)
  for (const lang of ['en', 'zh'] as const)
    test(`zone and rankings slides read from the back of the room at ${screen.width}×${screen.height} in ${lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(`/?present=1&deck=${deckLink(MORE_SLIDES)}&lang=${lang}`);
      for (let n = 1; n <= MORE_SLIDES.length; n += 1) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expect(page.locator('.stage__slide .slide__number')).toHaveText(`${n} / ${MORE_SLIDES.length}`);
        await expectReadable(
          page,
          `${MORE_SLIDES[n - 1]?.[0]}, ${screen.width}×${screen.height}, ${lang}`,
          screen.minText,
        );
      }
    });

test('a zone slide names the zone and sets its facts large; a rankings slide lists the top places; both pass axe', async ({
  page,
}) => {
  await page.goto(`/?present=1&deck=${deckLink(MORE_SLIDES)}&lang=en`);
  await waitForSlide(page);
  const slide = page.locator('.stage__slide');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(/^Tianjin Economic-Technological/);
  await expect(slide.locator('.slide-figure__value')).toContainText([
    'Dec 6, 1984',
    'Tianjin',
    '#4',
    'Active',
  ]);
  await expect(slide.locator('.slide__source')).toHaveText(/^Sources?: /);
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForSlide(page);
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(
    'Investment-environment evaluation (2010 method): overall, assessment of 2010',
  );
  const rows = slide.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText('#1');
  await expect(rows.first()).toContainText('Tianjin');
  await expect(slide.locator('.slide__note')).toHaveText(/20 ranks as the sources give them/);
  await expectNoAxeViolations(page);
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

test("a wider or taller window letterboxes the 16:9 slide above the bar's band", async ({ page }) => {
  for (const [width, height] of [
    [1600, 1200],
    [1400, 600],
    // A phone upright: the slide fits its width, whole and centred.
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?present=2&lang=en');
    await waitForSlide(page);
    const box = await page.locator('.stage__slide').boundingBox();
    const bar = await page.locator('.present-bar').boundingBox();
    expect(box).not.toBeNull();
    expect(bar).not.toBeNull();
    if (!box || !bar) return;
    const room = { width, height: height - bar.height };
    expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
    expect(box.width <= room.width + 1 && box.height <= room.height + 1).toBe(true);
    expect(Math.min(room.width - box.width, room.height - box.height)).toBeLessThan(2);
    expect(box.x, `${width}×${height}: slide cut off on the left`).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width, `${width}×${height}: slide cut off on the right`).toBeLessThanOrEqual(
      width + 1,
    );
    expect(Math.abs(box.x + box.width / 2 - width / 2)).toBeLessThan(2);
    // Every button of the bar can be reached on the narrowest screen: the bar scrolls, the page does not.
    const last = page.locator('.present-bar button').last();
    await last.scrollIntoViewIfNeeded();
    const lastBox = await last.boundingBox();
    expect(lastBox && lastBox.x + lastBox.width).toBeLessThanOrEqual(width + 1);
    const m = await measureSlide(page);
    expect(m.scrolls).toBe(false);
  }
});

for (const screen of SCREENS)
  test(`the presentation bar, when shown, covers neither the source line nor the chart at ${screen.width}×${screen.height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    for (const n of [1, 3, 5]) {
      await page.goto(`/?present=${n}&lang=en`);
      await waitForSlide(page);
      await page.mouse.move(300, 300);
      await page.mouse.move(320, 310);
      const bar = page.locator('.present-bar');
      await expect(bar).toHaveCSS('opacity', '1');
      const barBox = await bar.boundingBox();
      expect(barBox).not.toBeNull();
      if (!barBox) return;
      const boxes = await page
        .locator(
          '.stage__slide .slide__source, .stage__slide .slide__footer, .stage__slide [data-slide-figure]',
        )
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRectReadOnly));
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const b of boxes)
        expect(
          Math.min(b.bottom, barBox.y + barBox.height) - Math.max(b.top, barBox.y),
          `slide ${n}: the bar covers part of the slide`,
        ).toBeLessThanOrEqual(0);
    }
  });

/** The Compare slides of the default deck: the latest figure each line slide must write on its chart. */
const COMPARE_SLIDES = [
  { n: 3, latest: { en: ['CNY 16.9 trillion'], zh: ['16.9万亿元'] } },
  { n: 4, latest: { en: ['24.5%', '23.4%'], zh: ['24.5%', '23.4%'] } },
  { n: 5, latest: null },
] as const;

for (const screen of SCREENS)
  for (const lang of ['en', 'zh'] as const)
    test(`Compare slides write their values on the chart, no two labels overlapping, at ${screen.width}×${screen.height} in ${lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      for (const { n, latest } of COMPARE_SLIDES) {
        await page.goto(`/?present=${n}&lang=${lang}`);
        await waitForSlide(page);
        const at = `slide ${n}, ${screen.width}×${screen.height}, ${lang}`;
        const svg = page.locator('.stage__slide [data-slide-figure] svg.recharts-surface');
        const labels = await svg.locator('.chart-end-labels text, text.chart-bar-value').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { text: el.textContent ?? '', size: getComputedStyle(el).fontSize, box: r.toJSON() };
          }),
        );
        if (latest)
          for (const value of latest[lang])
            expect(
              labels.map((l) => l.text),
              at,
            ).toContain(value);
        else {
          const bars = await svg.locator('.recharts-bar-rectangle').count();
          expect(bars, `${at}: no bars`).toBeGreaterThan(0);
          expect(labels.length, `${at}: a bar without its value`).toBe(bars);
        }
        // In the slide's type size: as large as the axis ticks.
        const tick = await svg
          .locator('.recharts-yAxis-tick-labels text')
          .first()
          .evaluate((el) => getComputedStyle(el).fontSize);
        for (const l of labels)
          expect(l.size, `${at}: “${l.text}” is not in the slide's type size`).toBe(tick);
        const others = await svg
          .locator('text')
          .evaluateAll((els) =>
            els.map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect().toJSON() })),
          );
        const hit = (a: DOMRectReadOnly, b: DOMRectReadOnly) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        for (const l of labels)
          for (const o of others)
            if (o.text !== l.text || o.box.x !== l.box.x || o.box.y !== l.box.y)
              expect(hit(l.box, o.box), `${at}: “${l.text}” overlaps “${o.text}”`).toBe(false);
      }
    });

test('a slide of one panel of a split says, as the page does, why it is drawn apart', async ({ page }) => {
  const compare = 'view=compare&ind=gdp,industrial_va&from=2006&to=2024';
  const deck = deckLink([
    [compare, 'CNY billion|level|1'],
    [compare, 'CNY billion|level|0'],
  ]);
  await page.goto(`/?present=1&deck=${deck}&lang=en`);
  await waitForSlide(page);
  await expect(page.locator('.stage__slide h1')).toHaveText(/^Industrial value added/);
  await expect(page.locator('.stage__slide .slide__note')).toHaveText(
    'Drawn apart from Regional GDP: their sizes differ too much to share one axis.',
  );
  const m = await measureSlide(page);
  expect(m.overlaps).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stage__slide h1')).toHaveText(/^Regional GDP/);
  await expect(page.locator('.stage__slide .slide__note')).toHaveText(
    /^Drawn apart from Industrial value added/,
  );
});

test('the Zone growth slide shows its key once', async ({ page }) => {
  await page.goto('/?present=2&lang=en');
  await waitForSlide(page);
  // The chart draws its key under the plot; the slide drew a second copy of it.
  await expect(page.locator('.stage__slide .growth-legend-list')).toHaveCount(1);
});
