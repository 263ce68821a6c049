import { useSyncExternalStore } from 'react';

/**
 * A slide is laid out once, on a 16:9 stage of this size, and scaled as a whole to the screen: type,
 * lines and marks grow together, and a slide that fits here fits every screen. At 1280×720 the stage
 * is drawn 4/3 larger than the page, at 1920×1080 twice as large.
 */
export const STAGE = { width: 960, height: 540 } as const;

/**
 * A band at the bottom of the screen that the slide never uses: the presentation bar shows there,
 * so it covers neither the source line nor the chart, and the slide does not move when it comes and
 * goes. Its height is the bar's, in screen px (the bar is not scaled with the stage).
 */
export const BAR_BAND = 44;

/** The largest scale at which the stage fits the window above the bar's band; the rest is letterbox. */
export function stageScale(width: number, height: number): number {
  return Math.max(0.1, Math.min(width / STAGE.width, (height - BAR_BAND) / STAGE.height));
}

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useStageScale(): number {
  return useSyncExternalStore(subscribe, () => stageScale(window.innerWidth, window.innerHeight));
}
