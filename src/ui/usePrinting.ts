import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();
let detach: (() => void) | null = null;

function set(value: boolean) {
  if (value === printing) return;
  printing = value;
  // The browser lays the page out for paper right after beforeprint returns: render now, not later.
  flushSync(() => listeners.forEach((l) => l()));
}

function attach(): () => void {
  const before = () => set(true);
  const after = () => set(false);
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  const onQuery = (e: MediaQueryListEvent) => set(e.matches);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  query?.addEventListener('change', onQuery);
  // A page already laid out for print (a PDF export) when the first listener arrives is printing now.
  printing = query?.matches ?? false;
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    query?.removeEventListener('change', onQuery);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  detach ??= attach();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      detach?.();
      detach = null;
    }
  };
}

/** Whether the page is being printed (the print dialog, or print media in a PDF export). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}

/**
 * Runs `catchUp` whenever the page starts being printed, inside the same synchronous render that
 * lays the page out for paper (and at once if it is being printed now): for what keeps its own state
 * rather than reading usePrinting. Returns a function that stops it.
 */
export function whenPrinting(catchUp: () => void): () => void {
  const stop = subscribe(() => {
    if (printing) catchUp();
  });
  if (printing) catchUp();
  return stop;
}
