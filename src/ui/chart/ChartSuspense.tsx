import { Suspense, useEffect, useState, type ReactNode } from 'react';

// Once the page has shown a view, later charts need not wait: their library is there or on its way.
let pagePainted = false;

/**
 * A chart's Suspense boundary that mounts the chart only once the view around it has been committed and
 * painted: the view's text and figures show first, and the chart library (a large download and a long
 * first render) does not hold them back. Measured (Lighthouse, mobile): loaded beside the view, the chart
 * delayed the largest paint of every chart view. Until then, and while its chunk loads, the fallback holds
 * the chart's place.
 */
export function ChartSuspense({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const painted = usePagePainted();
  return <Suspense fallback={fallback}>{painted ? children : fallback}</Suspense>;
}

/**
 * False until the browser has drawn this component's first commit and has time to spare: the next frame,
 * then an idle moment (a frame alone came before the text had reached the screen, the view being large).
 */
function usePagePainted(): boolean {
  const [painted, setPainted] = useState(pagePainted);
  useEffect(() => {
    if (painted) return;
    const done = () => {
      pagePainted = true;
      setPainted(true);
    };
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle = whenIdle(done);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdle(idle);
    };
  }, [painted]);
  return painted;
}

// Safari has no idle callbacks: a task after the frame is the nearest it offers.
const whenIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 1000 })
    : window.setTimeout(run, 0);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id);
