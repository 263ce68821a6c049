import { startTransition, useEffect, useState } from 'react';
import { useActionHandlers } from '../../../state/actions/useActionHandlers';
import { useAppStore } from '../../../state/store';
import { createTimeline, type Scheduler, type Timeline } from './controller';
import { useReducedMotion } from './useReducedMotion';

const windowScheduler: Scheduler = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (handle) => window.clearTimeout(handle as number),
};

/**
 * Binds the headless controller to the view: the store's `year` (the URL) and the playhead stay in
 * step both ways, and the declared actions (k , .) drive it.
 */
export function useTimeline(first: number, last: number) {
  const year = useAppStore((s) => s.growth.year);
  const setGrowth = useAppStore((s) => s.setGrowth);
  const reducedMotion = useReducedMotion();
  const [timeline] = useState<Timeline>(() =>
    createTimeline({ first, last, year: year ?? last, reducedMotion, scheduler: windowScheduler }),
  );
  const state = useTimelineState(timeline);

  useEffect(() => () => timeline.dispose(), [timeline]);
  useEffect(() => timeline.setRange(first, last), [timeline, first, last]);
  useEffect(() => timeline.setReducedMotion(reducedMotion), [timeline, reducedMotion]);

  // A link, Back or a deck slide changes the year in the store: the playhead follows.
  useEffect(() => {
    const wanted = year ?? timeline.getState().last;
    if (wanted !== timeline.getState().year) timeline.setYear(wanted);
  }, [timeline, year]);

  // The playhead writes the year back; the latest year stays implicit so default links stay short.
  // Not while playing: a store change per tick rewrote the address bar and re-rendered every
  // subscriber; the year is written once playback stops.
  useEffect(() => {
    if (state.playing) return;
    const next = state.year === state.last ? null : state.year;
    if (useAppStore.getState().growth.year !== next) setGrowth({ year: next });
  }, [state.year, state.last, state.playing, setGrowth]);

  useActionHandlers({
    'growth.togglePlay': () => timeline.toggle(),
    'growth.stepBack': () => timeline.stepBack(),
    'growth.stepForward': () => timeline.stepForward(),
  });

  return { timeline, state };
}

/**
 * The controller's state for rendering. A tick while playing is a transition: React renders the view
 * for the new year in slices and lets the browser draw in between, so no tick blocks the page (at 4×
 * CPU a synchronous tick ran 100–150 ms tasks). Everything else — play, pause, a step, the slider — is
 * drawn at once. The slider, the chart and the announced year render from this one value, so they
 * change in the same commit. (useSyncExternalStore, used before, renders every change synchronously.)
 */
function useTimelineState(timeline: Timeline) {
  const [state, setState] = useState(timeline.getState);
  useEffect(() => {
    let shown = timeline.getState();
    const follow = (next: ReturnType<Timeline['getState']>) => {
      const tick = shown.playing && next.playing;
      shown = next;
      if (tick) startTransition(() => setState(next));
      else setState(next);
    };
    const unsubscribe = timeline.subscribe(follow);
    // A change between the first render and this subscription (the same object otherwise: no render).
    follow(timeline.getState());
    return unsubscribe;
  }, [timeline]);
  return state;
}
