import { useCallback, useEffect, useState, type RefObject } from 'react';
import screenfull from 'screenfull';

export type FullscreenMode = 'off' | 'native' | 'overlay';

/**
 * Full screen for one element through the Fullscreen API (via screenfull). Where the API is missing
 * or refuses (iframes, some kiosks, no user gesture), the element becomes a fixed full-viewport
 * overlay instead, left with Esc like the real thing.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onExit?: () => void) {
  const [mode, setMode] = useState<FullscreenMode>('off');

  // Asks the document rather than the state: a second press can come before React has re-rendered.
  const isNative = useCallback(
    () => screenfull.isEnabled && !!ref.current && screenfull.element === ref.current,
    [ref],
  );

  const exit = useCallback(() => {
    if (isNative()) void screenfull.exit();
    setMode('off');
    onExit?.();
  }, [isNative, onExit]);

  const enter = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    if (!screenfull.isEnabled) {
      setMode('overlay');
      return;
    }
    screenfull.request(el).then(
      () => setMode('native'),
      () => setMode('overlay'),
    );
  }, [ref]);

  const toggle = useCallback(
    () => (mode === 'off' && !isNative() ? enter() : exit()),
    [mode, isNative, enter, exit],
  );

  // The browser leaves full screen on Esc by itself; follow it.
  useEffect(() => {
    if (mode !== 'native' || !screenfull.isEnabled) return;
    const onChange = () => {
      if (screenfull.element !== ref.current) {
        setMode('off');
        onExit?.();
      }
    };
    screenfull.on('change', onChange);
    return () => screenfull.off('change', onChange);
  }, [mode, ref, onExit]);

  // The overlay needs its own Esc; the native mode gets one too, for browsers (and remote-driven
  // ones) that deliver the key to the page instead of leaving full screen themselves.
  useEffect(() => {
    if (mode === 'off') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        exit();
      }
    };
    // Capture phase, so Esc closes the overlay before it can reach the presentation's own Esc.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [mode, exit]);

  return { mode, toggle, exit, isNative };
}
