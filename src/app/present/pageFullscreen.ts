import screenfull from 'screenfull';

/** The whole page on the whole screen, for presentation mode; a refusal (no user gesture, kiosk policy) leaves it in the window, still usable. */
export function requestPageFullscreen(): void {
  if (screenfull.isEnabled && !screenfull.isFullscreen)
    screenfull.request(document.documentElement).catch(() => undefined);
}

export function exitPageFullscreen(): void {
  if (screenfull.isEnabled && screenfull.isFullscreen) screenfull.exit().catch(() => undefined);
}
