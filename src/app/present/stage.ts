import { useSyncExternalStore } from 'react';

/**
 * A slide is laid out once, on a 16:9 stage of this size, and scaled as a whole to the screen: type,
 * lines and marks grow together, and a slide that fits here fits every screen. At 1280×720 the stage
 * is drawn 4/3 larger than the page, at 1920×1080 twice as large.
 */
export const STAGE = { width: 960, height: 540 } as const;

/** The largest scale at which the stage fits the window; the rest is letterbox. */
export function stageScale(width: number, height: number): number {
  return Math.max(0.1, Math.min(width / STAGE.width, height / STAGE.height));
}

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useStageScale(): number {
  return useSyncExternalStore(subscribe, () => stageScale(window.innerWidth, window.innerHeight));
}
