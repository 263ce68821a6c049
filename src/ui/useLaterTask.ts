import { startTransition, useEffect, useState } from 'react';
import { whenPrinting } from './usePrinting';

/**
 * Whether a part may be drawn that waits a task after the first commit around it, so the browser paints
 * what came first before the part's render (a long list, a chart's series). At once when printing starts,
 * which lays the page out in the render it starts; at once when `wait` is false (a slide, paper, a part
 * added by a reader's action). `after`: a later part waits for an earlier one (pass the earlier part's
 * value), then for a task of its own.
 */
export function useLaterTask(wait = true, after = true): boolean {
  const [ready, setReady] = useState(!wait);
  useEffect(() => {
    if (ready) return;
    const stopPrinting = whenPrinting(() => setReady(true));
    if (!after) return stopPrinting;
    const next = window.setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => {
      stopPrinting();
      window.clearTimeout(next);
    };
  }, [ready, after]);
  return ready && after;
}
