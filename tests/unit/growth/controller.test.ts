import { describe, expect, it } from 'vitest';
import {
  BASE_TICK_MS,
  createTimeline,
  tickMs,
  type Scheduler,
} from '../../../src/features/growth/timeline/controller';

/** A hand-driven clock: tasks run only when the test advances time. */
function fakeScheduler() {
  let now = 0;
  let seq = 0;
  const tasks = new Map<number, { at: number; run: () => void }>();
  const scheduler: Scheduler = {
    set(run, ms) {
      seq += 1;
      tasks.set(seq, { at: now + ms, run });
      return seq;
    },
    clear(handle) {
      tasks.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...tasks.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      tasks.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = end;
  };
  return { scheduler, advance, pending: () => tasks.size };
}

const make = (extra: Partial<Parameters<typeof createTimeline>[0]> = {}) => {
  const clock = fakeScheduler();
  const timeline = createTimeline({ first: 1984, last: 2025, scheduler: clock.scheduler, ...extra });
  return { clock, timeline };
};

describe('timeline controller', () => {
  it('starts at the latest year, paused', () => {
    const { timeline } = make();
    expect(timeline.getState()).toMatchObject({ year: 2025, playing: false, speed: 1 });
  });

  it('plays year by year at the chosen speed and pauses', () => {
    const { clock, timeline } = make({ year: 2000 });
    timeline.play();
    clock.advance(BASE_TICK_MS - 1);
    expect(timeline.getState().year).toBe(2000);
    clock.advance(1);
    expect(timeline.getState().year).toBe(2001);
    timeline.setSpeed(4);
    clock.advance(tickMs(4) * 3);
    expect(timeline.getState().year).toBe(2004);
    timeline.pause();
    clock.advance(BASE_TICK_MS * 10);
    expect(timeline.getState()).toMatchObject({ year: 2004, playing: false });
    expect(clock.pending()).toBe(0);
  });

  it('stops at the last year and starts over from the first when played at the end', () => {
    const { clock, timeline } = make({ year: 2023 });
    timeline.play();
    clock.advance(BASE_TICK_MS * 5);
    expect(timeline.getState()).toMatchObject({ year: 2025, playing: false });
    timeline.play();
    expect(timeline.getState()).toMatchObject({ year: 1984, playing: true });
  });

  it('plays 1984 to the latest year in under a minute at the default speed', () => {
    const { clock, timeline } = make({ year: 1984 });
    timeline.play();
    clock.advance(60_000);
    expect(timeline.getState()).toMatchObject({ year: 2025, playing: false });
    expect((2025 - 1984) * tickMs(1)).toBeLessThan(60_000);
  });

  it('keeps steps and jumps within bounds, and a step pauses playback', () => {
    const { clock, timeline } = make({ year: 1985 });
    timeline.stepBack();
    timeline.stepBack();
    expect(timeline.getState().year).toBe(1984);
    timeline.jumpToEnd();
    timeline.stepForward();
    expect(timeline.getState().year).toBe(2025);
    timeline.jumpToStart();
    timeline.play();
    timeline.stepForward();
    expect(timeline.getState()).toMatchObject({ year: 1985, playing: false });
    clock.advance(BASE_TICK_MS * 3);
    expect(timeline.getState().year).toBe(1985);
    timeline.setYear(1900);
    expect(timeline.getState().year).toBe(1984);
    timeline.setYear(2010.6);
    expect(timeline.getState().year).toBe(2011);
  });

  it('toggles and tells subscribers once per change', () => {
    const { timeline } = make({ year: 2000 });
    const seen: Array<[number, boolean]> = [];
    const stop = timeline.subscribe((s) => seen.push([s.year, s.playing]));
    timeline.toggle();
    timeline.toggle();
    timeline.pause();
    stop();
    timeline.stepForward();
    expect(seen).toEqual([
      [2000, true],
      [2000, false],
    ]);
  });

  it('under reduced motion still plays, as discrete steps without transitions', () => {
    const { clock, timeline } = make({ year: 2000, reducedMotion: true });
    expect(timeline.getState().transitionMs).toBe(0);
    timeline.play();
    clock.advance(BASE_TICK_MS * 2);
    expect(timeline.getState().year).toBe(2002);
    timeline.setReducedMotion(false);
    expect(timeline.getState().transitionMs).toBeGreaterThan(0);
  });

  it('keeps the year inside a new range and stops its clock when disposed', () => {
    const { clock, timeline } = make({ year: 2025 });
    timeline.setRange(1984, 2020);
    expect(timeline.getState().year).toBe(2020);
    timeline.jumpToStart();
    timeline.play();
    timeline.dispose();
    expect(clock.pending()).toBe(0);
  });
});
