import { expect, test } from './fixtures';

/** A4 portrait at 96 dpi less the 12 mm margins of the print stylesheet: the width a view prints at. */
const A4_CONTENT = { width: 703, height: 1032 };

const VIEWS = [
  ['overview', '?lang=en'],
  ['compare', '?lang=en&view=compare&ind=gdp,gdp_share_national_pct&from=2006&to=2024'],
  ['growth', '?lang=en&view=growth'],
  ['policies', '?lang=en&view=policies&doc=CN-MOFCOM-2025-132'],
  ['sources', '?lang=en&view=sources'],
] as const;

test.describe('every view prints cleanly on A4', () => {
  test.use({ viewport: A4_CONTENT });

  for (const [view, search] of VIEWS) {
    test(`${view}: no controls, each chart with its table, nothing wider than the page`, async ({ page }) => {
      await page.goto(`/${search}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      // A chart far below the screen waits to mount until it comes near, or until the page is printed.
      await page.waitForFunction(
        () => !document.querySelector('main .loading:not(.chart-slot *), main [aria-busy="true"]'),
      );
      await page.emulateMedia({ media: 'print' });
      if (view !== 'policies' && view !== 'sources')
        await expect(page.locator('main .chart-slot .loading')).toHaveCount(0, { timeout: 15_000 });
      // The app answers print media by adding each chart's table and opening what is folded.
      if (view !== 'policies' && view !== 'sources')
        await expect(page.locator('main .chart-frame__table--print').first()).toBeAttached({
          timeout: 15_000,
        });
      await expect(page.locator('main details:not([open])')).toHaveCount(0);

      const paper = await page.evaluate(() => {
        const shown = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        // A button may print as what it says (a source count, a milestone), never with a control's frame.
        const framed = (el: Element) => {
          const style = getComputedStyle(el);
          if (el.tagName === 'SUMMARY') return !(el.parentElement as HTMLDetailsElement).open;
          return (
            el.tagName !== 'BUTTON' || parseFloat(style.borderTopWidth) > 0 || style.boxShadow !== 'none'
          );
        };
        const controls = [
          ...document.querySelectorAll('button, input, select, textarea, summary, [role="tab"], nav'),
        ]
          .filter((el) => shown(el) && framed(el))
          .map((el) => `${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 40) ?? ''}”`);
        const charts = [...document.querySelectorAll('main svg.recharts-surface')].filter(shown);
        const frames = [...document.querySelectorAll('main .chart-frame')].filter(shown);
        const framesWithoutTable = frames
          .filter((f) => f.querySelector('svg.recharts-surface') && !f.querySelector('table'))
          .map((f) => f.querySelector('h2, h3')?.textContent?.trim() ?? '?');
        const root = document.scrollingElement ?? document.documentElement;
        return {
          controls,
          charts: charts.length,
          framesWithoutTable,
          tooWide: root.scrollWidth > window.innerWidth + 1,
        };
      });
      expect(paper.controls, 'controls on paper').toEqual([]);
      expect(paper.framesWithoutTable, 'charts printed without their table').toEqual([]);
      expect(paper.tooWide, 'the page is wider than the paper').toBe(false);
      if (view !== 'policies' && view !== 'sources') expect(paper.charts).toBeGreaterThan(0);

      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
  }
});
