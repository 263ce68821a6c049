import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, actionForKey, isTypingTarget, targetOwnsKey } from '../../../src/app/actions/registry';
import type { ActionContext } from '../../../src/app/actions/types';
import { onCommand } from '../../../src/state/commands';
import { useAppStore } from '../../../src/state/store';
import type { ChartFrameHandle } from '../../../src/ui/chartFrames';

const ctx = (languages: string[] = ['zh', 'en'], chart?: ChartFrameHandle): ActionContext => ({
  state: useAppStore.getState(),
  languages,
  openHelp: vi.fn(),
  openDeck: vi.fn(),
  activeChart: () => chart,
  requestFullscreen: vi.fn(),
  exitFullscreen: vi.fn(),
});
const run = (key: string, c = ctx()) => actionForKey(key, c)?.run(c);

describe('the action list', () => {
  it('gives every key to one action at a time: no two actions available in the same situation share a key', () => {
    const situations = [
      () => useAppStore.setState({ view: 'overview', present: null }),
      () => useAppStore.setState({ view: 'growth', present: null }),
      () => useAppStore.setState({ view: 'growth', present: 0 }),
      () => useAppStore.setState({ view: 'compare', present: 1 }),
    ];
    for (const enter of situations) {
      enter();
      const c = ctx(['zh', 'en'], {
        element: () => null,
        isFullscreen: () => false,
        toggleFullscreen: vi.fn(),
        toggleTable: vi.fn(),
      });
      const keys = ACTIONS.filter((a) => a.available(c)).flatMap((a) => a.keys);
      expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
    }
  });

  it('declares for every action a label, when it works, and a key or a button', () => {
    for (const a of ACTIONS) {
      expect(a.labelKey, a.id).toMatch(/^actions\./);
      expect(a.whenKey, a.id).toMatch(/^help\.when\./);
      expect(a.keys.length + a.placement.length, a.id).toBeGreaterThan(0);
    }
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });

  it('switches language with l and stays available only with more than one language', () => {
    run('l');
    expect(useAppStore.getState().lang).toBe('en');
    run('l');
    expect(useAppStore.getState().lang).toBe('zh');
    expect(actionForKey('l', ctx(['zh']))).toBeUndefined();
  });

  it('opens views by number and help with ?', () => {
    run('2');
    expect(useAppStore.getState().view).toBe('compare');
    const c = ctx();
    run('?', c);
    expect(c.openHelp).toHaveBeenCalled();
  });

  it('runs a presentation: p starts in full screen, arrows, clicker keys and Space move, Home/End jump, Esc leaves', () => {
    const c = ctx();
    run('p', c);
    expect(c.requestFullscreen).toHaveBeenCalled();
    expect(useAppStore.getState().present).toBe(0);
    expect(actionForKey('p', ctx())).toBeUndefined();
    expect(actionForKey('1', ctx())).toBeUndefined();
    for (const [key, slide] of [
      ['ArrowRight', 1],
      ['PageDown', 2],
      [' ', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', 4],
      ['Home', 0],
    ] as const) {
      run(key);
      expect(useAppStore.getState().present, key).toBe(slide);
    }
    const leave = ctx();
    run('Escape', leave);
    expect(useAppStore.getState().present).toBeNull();
    expect(leave.exitFullscreen).toHaveBeenCalled();
    expect(actionForKey('ArrowRight', ctx())).toBeUndefined();
  });

  it('acts on the active chart with f and t, and only when a chart is on screen', () => {
    const chart = {
      element: () => null,
      isFullscreen: () => false,
      toggleFullscreen: vi.fn(),
      toggleTable: vi.fn(),
    };
    expect(actionForKey('f', ctx())).toBeUndefined();
    run('f', ctx(['zh', 'en'], chart));
    run('t', ctx(['zh', 'en'], chart));
    expect(chart.toggleFullscreen).toHaveBeenCalledTimes(1);
    expect(chart.toggleTable).toHaveBeenCalledTimes(1);
  });

  it('offers the timeline keys only on Zone growth and sends them to the view as commands', () => {
    const played = vi.fn();
    const stop = onCommand('growth.togglePlay', played);
    expect(actionForKey('k', ctx())).toBeUndefined();
    useAppStore.getState().setView('growth');
    run('k');
    expect(played).toHaveBeenCalledTimes(1);
    stop();
    run('k');
    expect(played).toHaveBeenCalledTimes(1);
  });

  it('leaves keys typed into a field to the field', () => {
    const text = document.createElement('input');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('leaves arrows to sliders and grids, Space to buttons, and every key to an open dialog', () => {
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    const range = document.createElement('input');
    range.type = 'range';
    const button = document.createElement('button');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const inside = document.createElement('span');
    dialog.append(inside);
    document.body.append(slider, range, button, dialog);
    expect(targetOwnsKey(slider, 'ArrowRight')).toBe(true);
    expect(targetOwnsKey(range, 'Home')).toBe(true);
    expect(targetOwnsKey(button, ' ')).toBe(true);
    expect(targetOwnsKey(button, 'PageDown')).toBe(false);
    expect(targetOwnsKey(slider, 'l')).toBe(false);
    expect(targetOwnsKey(inside, 'Escape')).toBe(true);
    expect(targetOwnsKey(document.body, 'ArrowRight')).toBe(false);
    document.body.replaceChildren();
  });
});
