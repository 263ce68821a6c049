import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The sizes a chart draws with. They come from CSS custom properties on the plot (or an ancestor), so
 * full screen, a slide or a print stylesheet can enlarge type, lines and marks without touching code:
 * `--chart-font-size` (a length), `--chart-stroke` and `--chart-marker` (numbers of px).
 */
export interface ChartSizes {
  /** Axis ticks and value labels, px. */
  font: number;
  /** Line width, px. */
  stroke: number;
  /** Half the width of a mark, px. */
  marker: number;
}

export const DEFAULT_SIZES: ChartSizes = { font: 12, stroke: 2, marker: 4.5 };

export interface PlotBox {
  width: number;
  height: number;
  sizes: ChartSizes;
}

function read(el: HTMLElement, fallback: { width: number; height: number }): PlotBox {
  const style = getComputedStyle(el);
  const number = (name: string, d: number) => {
    const v = Number.parseFloat(style.getPropertyValue(name));
    return Number.isFinite(v) && v > 0 ? v : d;
  };
  // The plot's own font-size is set from --chart-font-size, so the browser resolves rem, vw or clamp().
  const font = Number.parseFloat(style.fontSize);
  return {
    width: el.clientWidth || fallback.width,
    height: el.clientHeight || fallback.height,
    sizes: {
      font: style.getPropertyValue('--chart-font-size') && font > 0 ? font : DEFAULT_SIZES.font,
      stroke: number('--chart-stroke', DEFAULT_SIZES.stroke),
      marker: number('--chart-marker', DEFAULT_SIZES.marker),
    },
  };
}

const same = (a: PlotBox, b: PlotBox) =>
  a.width === b.width &&
  a.height === b.height &&
  a.sizes.font === b.sizes.font &&
  a.sizes.stroke === b.sizes.stroke &&
  a.sizes.marker === b.sizes.marker;

/**
 * The plot element's size and chart sizes, kept up to date as it resizes (full screen, a slide, a phone
 * turned). Without ResizeObserver (tests) it keeps the first reading.
 */
export function usePlotBox(
  ref: RefObject<HTMLElement | null>,
  initial: { width: number; height: number } = { width: 640, height: 320 },
): PlotBox {
  const [box, setBox] = useState<PlotBox>({ ...initial, sizes: DEFAULT_SIZES });
  const { width, height } = initial;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () =>
      setBox((prev) => {
        const next = read(el, { width, height });
        return same(prev, next) ? prev : next;
      });
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, width, height]);
  return box;
}

const GUESS = { width: 640, height: 320 };

/**
 * As usePlotBox, but null until the plot has been measured, which happens before the first paint: a
 * chart drawn only once there is a box is drawn once, at its real size. Drawn first at a guessed size,
 * it was drawn again when the box was read, and Recharts recomputed every axis and series for it: a
 * second long task at the chart's mount (at mobile's 4x slowdown, a phone's plot is never 640 px wide).
 */
export function useMeasuredPlotBox(ref: RefObject<HTMLElement | null>): PlotBox | null {
  const [box, setBox] = useState<PlotBox | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () =>
      setBox((prev) => {
        const next = read(el, GUESS);
        return prev && same(prev, next) ? prev : next;
      });
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
