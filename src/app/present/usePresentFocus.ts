import { useEffect, useRef } from 'react';

/**
 * Entering presentation mode moves focus to the slide, so keys and screen readers start there;
 * leaving returns it to the Present button the presenter came from.
 */
export function usePresentFocus(presenting: boolean) {
  const mainRef = useRef<HTMLElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (presenting && !wasPresenting.current) mainRef.current?.focus();
    if (!presenting && wasPresenting.current)
      document.querySelector<HTMLElement>('.action-present-start')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  return mainRef;
}
