import type { Page } from '@playwright/test';

/** What a slide looks like from the back of the room, measured in the page. */
export interface SlideMetrics {
  /** The document scrolls (taller or wider than the window). */
  scrolls: boolean;
  /** Share of the window that the slide's chart (or, without a chart, its figure block) covers. */
  figureShare: number;
  /** The smallest visible text as drawn on screen, in CSS pixels, with its text. */
  smallest: { size: number; text: string };
  /** Visible texts that overlap another text. */
  overlaps: string[];
  /** Visible texts that leave the slide (cut off by its edge). */
  outside: string[];
  /** Visible controls on the slide itself (buttons, links, fields): a slide has none. */
  controls: string[];
  /** The source line fits on one line. */
  sourceFits: boolean;
}

/**
 * Measures the slide on screen. Sizes are what the eye sees: the stage is scaled as a whole, so a
 * text's size is its font size times the stage's scale.
 */
export function measureSlide(page: Page): Promise<SlideMetrics> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.stage__slide');
    if (!stage) throw new Error('no slide on screen');
    const stageRect = stage.getBoundingClientRect();
    const scale = stageRect.width / stage.offsetWidth;
    const root = document.scrollingElement ?? document.documentElement;
    const scrolls = root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1;

    const figure = stage.querySelector('[data-slide-figure]');
    const charts = [...(figure?.querySelectorAll('svg.recharts-surface') ?? [])].map((svg) =>
      svg.getBoundingClientRect(),
    );
    const area = (r: DOMRect) => r.width * r.height;
    const figureRect = charts.length
      ? charts.reduce((a, b) => (area(a) >= area(b) ? a : b))
      : figure?.getBoundingClientRect();
    const figureShare = figureRect ? area(figureRect) / (window.innerWidth * window.innerHeight) : 0;

    const visible = (el: Element) => {
      if (el.closest('.visually-hidden, [aria-hidden="true"] .visually-hidden')) return false;
      for (let node: Element | null = el; node && node !== stage; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          return false;
      }
      return true;
    };
    const texts: { text: string; rects: DOMRect[]; size: number; label: Element }[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || !visible(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      // The lines of one wrapped chart label are one label: their glyph boxes are taller than the line step.
      const label = parent.closest('svg text') ?? parent;
      texts.push({ text, rects, size: parseFloat(getComputedStyle(parent).fontSize) * scale, label });
    }
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a), { size: Infinity, text: '' });

    const overlaps: string[] = [];
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        if (a.label === b.label) return;
        if (a.rects.some((ra) => b.rects.some((rb) => hit(ra, rb)))) overlaps.push(`${a.text} × ${b.text}`);
      }),
    );
    const inside = (r: DOMRect) =>
      r.left >= stageRect.left - 1 &&
      r.right <= stageRect.right + 1 &&
      r.top >= stageRect.top - 1 &&
      r.bottom <= stageRect.bottom + 1;
    const outside = texts.filter((t) => !t.rects.every(inside)).map((t) => t.text);

    const controls = [...stage.querySelectorAll('button, a[href], input, select, textarea, summary')]
      .filter((el) => visible(el) && el.getBoundingClientRect().width > 0)
      .map((el) => el.textContent?.trim() || el.tagName);

    const source = stage.querySelector<HTMLElement>('.slide__source');
    const sourceFits = source
      ? source.scrollWidth <= source.clientWidth + 1 &&
        source.getBoundingClientRect().right <= stageRect.right + 1
      : false;

    return { scrolls, figureShare, smallest, overlaps, outside, controls, sourceFits };
  });
}

/** Waits until the slide on screen has drawn: its figure is there, nothing loads, its chart has a size. */
export async function waitForSlide(page: Page) {
  await page.waitForFunction(() => {
    const stage = document.querySelector('.stage__slide');
    const figure = stage?.querySelector('[data-slide-figure]');
    if (!stage || !figure || stage.querySelector('.loading')) return false;
    if (stage.querySelector('.slide--chart') && !figure.querySelector('svg.recharts-surface')) return false;
    return document.fonts.status === 'loaded';
  });
  // The slide enters with a transition and the chart measures its labels before it settles: measure
  // only once nothing animates and every text stays where it is between two looks.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  let last = '';
  for (let look = 0; look < 20; look += 1) {
    const now = await page.evaluate(() =>
      [...document.querySelectorAll('.stage__slide text, .stage__slide p, .stage__slide li')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
        })
        .join(';'),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}
