import { useEffect, useState } from 'react';

/** How long the mouse must be still before the presentation bar steps out of the audience's view. */
export const IDLE_MS = 2500;

/**
 * Whether the mouse has been still for a while. Keys do not count: a presenter turning slides with a
 * clicker does not want the bar back; moving the mouse does.
 */
export function useMouseIdle(ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [ms]);
  return idle;
}
