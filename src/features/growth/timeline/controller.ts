/**
 * The headless playback controller of the growth timeline: plain TypeScript, no React, no real
 * clock. The scheduler is injected so tests drive time by hand and the view passes window timers.
 *
 * Reduced motion: playing still advances one year per tick (a presenter's Play must work for
 * everyone), but `transitionMs` is 0, so the view draws each year as a discrete jump without
 * animated transitions.
 */
export interface Scheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** At 1× a year lasts 1.2 s: 1984 → 2025 plays in under 50 s. */
export const BASE_TICK_MS = 1200;
const TRANSITION_MS = 300;

export interface TimelineState {
  first: number;
  last: number;
  year: number;
  playing: boolean;
  speed: Speed;
  reducedMotion: boolean;
  /** How long the view may animate a change of year: 0 under reduced motion. */
  transitionMs: number;
}

export interface TimelineOptions {
  first: number;
  last: number;
  year?: number;
  speed?: Speed;
  reducedMotion?: boolean;
  scheduler: Scheduler;
}

export interface Timeline {
  getState(): TimelineState;
  subscribe(listener: (state: TimelineState) => void): () => void;
  play(): void;
  pause(): void;
  toggle(): void;
  stepForward(): void;
  stepBack(): void;
  jumpToStart(): void;
  jumpToEnd(): void;
  setYear(year: number): void;
  setSpeed(speed: Speed): void;
  setReducedMotion(reduced: boolean): void;
  /** Changes the range (new data) keeping the year inside it. */
  setRange(first: number, last: number): void;
  dispose(): void;
}

export function tickMs(speed: Speed): number {
  return BASE_TICK_MS / speed;
}

export function createTimeline(options: TimelineOptions): Timeline {
  const { scheduler } = options;
  const clamp = (y: number) => Math.min(state.last, Math.max(state.first, Math.round(y)));
  let state: TimelineState = {
    first: options.first,
    last: Math.max(options.first, options.last),
    year: options.last,
    playing: false,
    speed: options.speed ?? 1,
    reducedMotion: options.reducedMotion ?? false,
    transitionMs: options.reducedMotion ? 0 : TRANSITION_MS,
  };
  state = { ...state, year: clamp(options.year ?? options.last) };
  const listeners = new Set<(s: TimelineState) => void>();
  let handle: unknown = null;

  const cancel = () => {
    if (handle !== null) scheduler.clear(handle);
    handle = null;
  };
  const update = (patch: Partial<TimelineState>) => {
    const next = { ...state, ...patch };
    next.transitionMs = next.reducedMotion ? 0 : TRANSITION_MS;
    if (Object.keys(next).every((k) => next[k as keyof TimelineState] === state[k as keyof TimelineState]))
      return;
    state = next;
    listeners.forEach((l) => l(state));
  };
  const schedule = () => {
    cancel();
    handle = scheduler.set(tick, tickMs(state.speed));
  };
  function tick() {
    handle = null;
    if (!state.playing) return;
    const year = state.year + 1;
    if (year >= state.last) update({ year: state.last, playing: false });
    else {
      update({ year });
      schedule();
    }
  }
  const stop = () => {
    cancel();
    update({ playing: false });
  };
  const goTo = (year: number) => {
    stop();
    update({ year: clamp(year) });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play() {
      if (state.playing) return;
      // Playing from the end starts over: the presenter's Play always shows the story.
      update({ playing: true, year: state.year >= state.last ? state.first : state.year });
      schedule();
    },
    pause: stop,
    toggle() {
      if (state.playing) this.pause();
      else this.play();
    },
    stepForward: () => goTo(state.year + 1),
    stepBack: () => goTo(state.year - 1),
    jumpToStart: () => goTo(state.first),
    jumpToEnd: () => goTo(state.last),
    setYear: goTo,
    setSpeed(speed) {
      update({ speed });
      if (state.playing) schedule();
    },
    setReducedMotion: (reducedMotion) => update({ reducedMotion }),
    setRange(first, last) {
      update({ first, last: Math.max(first, last) });
      update({ year: clamp(state.year) });
    },
    dispose() {
      cancel();
      listeners.clear();
    },
  };
}
