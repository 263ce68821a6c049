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

  const exit = useCallback(() => {
    if (mode === 'native' && screenfull.isEnabled && screenfull.element === ref.current) void screenfull.exit();
    setMode('off');
    onExit?.();
  }, [mode, ref, onExit]);

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

  const toggle = useCallback(() => (mode === 'off' ? enter() : exit()), [mode, enter, exit]);

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

  useEffect(() => {
    if (mode !== 'overlay') return;
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

  return { mode, toggle, exit };
}
