import { startTransition, useEffect, useState } from 'react';
import { whenPrinting } from './usePrinting';

/**
 * Whether a part may be drawn that waits a task after the first commit, so the browser paints what is on
 * screen first: a part of a view far below its first screen, a chart's series after its frame
 * (ChartSuspense's useSecondStep), a picker's closed options. At once when printing, which lays the page
 * out in the render it starts.
 * `after`: a later part waits for an earlier one (pass the earlier step's value), then for a task of its own.
 * `atOnce`: drawn in the first render (where nothing waits: a slide, a handout).
 */
export function useDrawnLater(after = true, atOnce = false): boolean {
  const [drawn, setDrawn] = useState(atOnce);
  useEffect(() => {
    if (drawn) return;
    const stopPrinting = whenPrinting(() => setDrawn(true));
    if (!after) return stopPrinting;
    const next = window.setTimeout(() => startTransition(() => setDrawn(true)), 0);
    return () => {
      stopPrinting();
      window.clearTimeout(next);
    };
  }, [drawn, after]);
  return drawn && after;
}
