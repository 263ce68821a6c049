import { describe, expect, it, vi } from 'vitest';
import { createActionBridge } from '../../../src/state/actions/bridge';

/** A part of the page with its own handler for chart.table, as each chart frame registers one. */
const frame = (bridge: ReturnType<typeof createActionBridge>, name: string, engaged = () => false) => {
  const element = document.createElement('figure');
  const button = document.createElement('button');
  element.append(button);
  document.body.append(element);
  const run = vi.fn();
  const off = bridge.register('chart.table', { run, scope: { element: () => element, engaged } });
  return { name, element, button, run, off };
};

const ran = (...frames: ReturnType<typeof frame>[]) =>
  frames.filter((f) => f.run.mock.calls.length).map((f) => f.name);

describe('the action bridge', () => {
  it('runs the one handler on the page in full screen, else the focused, else the last used, else the first', () => {
    const bridge = createActionBridge();
    let fullscreen = false;
    // Registered out of page order: the page decides which is first, not the order of mounting.
    const second = frame(bridge, 'second');
    const third = frame(bridge, 'third', () => fullscreen);
    const first = frame(bridge, 'first');
    document.body.prepend(first.element);
    const runOnce = () => {
      for (const f of [first, second, third]) f.run.mockClear();
      bridge.run('chart.table');
      return ran(first, second, third);
    };

    expect(runOnce()).toEqual(['first']);
    second.button.focus();
    expect(runOnce()).toEqual(['second']);
    bridge.noteUse(second.button);
    second.button.blur();
    expect(runOnce()).toEqual(['second']);
    fullscreen = true;
    first.button.focus();
    expect(runOnce()).toEqual(['third']);
    fullscreen = false;
    expect(runOnce()).toEqual(['first']);
    first.button.blur();

    // A handler that leaves the page is forgotten, also as the last used.
    second.off();
    expect(runOnce()).toEqual(['first']);
    document.body.replaceChildren();
  });

  it('says whether an action has a handler and tells subscribers when that changes', () => {
    const bridge = createActionBridge();
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    expect(bridge.has('help')).toBe(false);
    const off = bridge.register('help', { run: vi.fn() });
    expect(bridge.has('help')).toBe(true);
    const version = bridge.version();
    off();
    expect(bridge.has('help')).toBe(false);
    expect(bridge.version()).toBeGreaterThan(version);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    bridge.register('help', { run: vi.fn() });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
