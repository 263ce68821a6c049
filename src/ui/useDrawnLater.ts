import { startTransition, useEffect, useState } from 'react';
import { whenPrinting } from './usePrinting';

/**
 * Whether a part of the view far below its first screen may be drawn: in a task after the view's first
 * commit, so the browser paints what is on screen first; at once when printing, which lays the page out
 * in the render it starts.
 */
export function useDrawnLater(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return;
    const stopPrinting = whenPrinting(() => setDrawn(true));
    const next = window.setTimeout(() => startTransition(() => setDrawn(true)), 0);
    return () => {
      stopPrinting();
      window.clearTimeout(next);
    };
  }, [drawn]);
  return drawn;
}
