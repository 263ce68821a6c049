import { useEffect, useRef } from 'react';

/** Where an element sits under a root, as child positions: the view is drawn anew after presenting. */
function pathTo(root: Element, el: Element | null): number[] | null {
  const path: number[] = [];
  for (let node = el; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    path.unshift([...parent.children].indexOf(node));
  }
  return el && root.contains(el) ? path : null;
}

function follow(root: Element, path: readonly number[]): HTMLElement | null {
  let node: Element | undefined = root;
  for (const i of path) node = node?.children[i];
  return node instanceof HTMLElement ? node : null;
}

let returnPath: number[] | null = null;

/**
 * Notes where focus is before presenting starts: called by whatever starts it, before the slide
 * replaces the view (and the focused control with it).
 */
export function rememberFocus(): void {
  const main = document.getElementById('main');
  returnPath = main ? pathTo(main, document.activeElement) : null;
}

/** Frames to wait for the view to be back (its chunk and data are cached, so it comes quickly). */
const RESTORE_FRAMES = 60;

/**
 * Entering presentation mode moves focus to the slide, so keys and screen readers start there;
 * leaving puts it back where it was, once the view is drawn again, else on the Present button.
 */
export function usePresentFocus(presenting: boolean) {
  const mainRef = useRef<HTMLElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    const main = mainRef.current;
    if (presenting && !wasPresenting.current) main?.focus();
    let frame = 0;
    if (!presenting && wasPresenting.current) {
      const path = returnPath;
      returnPath = null;
      let tries = 0;
      const restore = () => {
        const target = main && path ? follow(main, path) : null;
        if (target && target.tabIndex >= 0) target.focus();
        else if (!target && path && tries++ < RESTORE_FRAMES) frame = requestAnimationFrame(restore);
        else document.querySelector<HTMLElement>('.action-present-start')?.focus();
      };
      restore();
    }
    wasPresenting.current = presenting;
    return () => cancelAnimationFrame(frame);
  }, [presenting]);
  return mainRef;
}
