import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { observeNear } from '../nearViewport';
import { usePrinting } from '../usePrinting';

/**
 * A quarter of a screen above and below: a chart catches up before it is seen when the page scrolls less
 * than that in a frame (wheel, arrows, a finger); a jump (PageDown, End, a link) shows the old drawing
 * for the one frame in which the observer reports it. A whole screen kept the chart just below the fold
 * redrawing at every change, which the reader cannot see.
 */
const MARGIN = '25% 0px';

/** Gates that are out of reach now, each with what brings it up to date. */
const sleepers = new Set<() => void>();

/**
 * Brings every gated chart up to date now, before the caller reads the page (an image export that
 * clones a chart's drawing, whichever chart it is and wherever it is scrolled).
 */
export function drawEveryChart(): void {
  if (sleepers.size === 0) return;
  flushSync(() => sleepers.forEach((wake) => wake()));
}

/** Whether the element is within MARGIN of the viewport; true where there is no IntersectionObserver. */
function useNear(ref: RefObject<Element | null>): [boolean, () => void] {
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return observeNear(element, MARGIN, (next) => {
      // Coming into reach draws at once, in the same task as the observer's report: a fast scroll shows
      // the old drawing for at most the frame that reported it. Leaving reach changes nothing on screen.
      if (next) flushSync(() => setNear(true));
      else setNear(false);
    });
  }, [ref]);
  const wake = useCallback(() => setNear(true), []);
  return [near, wake];
}

/**
 * Keeps what a chart last drew while it is more than a screen away from the viewport: a language or
 * filter change then redraws only the charts a reader can reach, and a chart far below catches up as
 * it comes within a screen of sight, when focus moves into it (a screen reader's cursor does not
 * scroll), or when the page is printed or a chart is exported. Its place keeps the old drawing's size,
 * so nothing moves; the frame around it (heading, words, buttons, table) is not gated and stays current.
 * `lang` is the language the children are worded in: a kept drawing says which language it is in.
 */
export function DrawnWhenNear({ children, lang }: { children: ReactNode; lang?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, wake] = useNear(ref);
  const printing = usePrinting();
  const live = near || printing;
  // The same element object as the last render's is skipped by React without rendering into it.
  const [drawn, setDrawn] = useState({ children, lang });
  if (live && (drawn.children !== children || drawn.lang !== lang)) setDrawn({ children, lang });
  const stale = drawn.children !== children;
  useEffect(() => {
    if (!stale) return;
    sleepers.add(wake);
    const element = ref.current;
    element?.addEventListener('focusin', wake);
    return () => {
      sleepers.delete(wake);
      element?.removeEventListener('focusin', wake);
    };
  }, [stale, wake]);
  return (
    <div ref={ref} className="drawn-when-near" lang={live ? lang : drawn.lang}>
      {live ? children : drawn.children}
    </div>
  );
}
