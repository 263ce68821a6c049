import { useLayoutEffect } from 'react';
import { usePrinting } from '../ui/usePrinting';

/**
 * On paper nothing can be unfolded: while printing, every closed <details> (more sources, a document's
 * measures) opens, and closes again afterwards, so the printout carries what the screen keeps a click
 * away.
 */
export function usePrintOpensDetails(): void {
  const printing = usePrinting();
  useLayoutEffect(() => {
    if (!printing) return;
    const opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
    for (const details of opened) details.open = true;
    return () => {
      for (const details of opened) details.open = false;
    };
  }, [printing]);
}
