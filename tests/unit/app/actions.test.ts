import { describe, expect, it, vi } from 'vitest';
import { actionForKey, isTypingTarget, targetOwnsKey } from '../../../src/app/actions/keys';
import { createActionBridge, type ActionBridge } from '../../../src/state/actions/bridge';
import { ACTION_IDS, actionMeta, type ActionId } from '../../../src/state/actions/registry';
import { useAppStore } from '../../../src/state/store';

/** A bridge where every action has a handler, as when the shell, a chart and the timeline are all on screen. */
const everyHandler = () => {
  const bridge = createActionBridge();
  const runs = new Map<ActionId, ReturnType<typeof vi.fn>>();
  for (const id of ACTION_IDS) {
    const run = vi.fn();
    runs.set(id, run);
    bridge.register(id, { run });
  }
  return { bridge, runs };
};
const keyAction = (key: string, bridge: ActionBridge) => actionForKey(key, useAppStore.getState(), bridge);

describe('the action list', () => {
  it('gives every key to one action at a time: no two actions available in the same situation share a key', () => {
    const { bridge } = everyHandler();
    const situations = [
      () => useAppStore.setState({ view: 'overview', present: null }),
      () => useAppStore.setState({ view: 'growth', present: null }),
      () => useAppStore.setState({ view: 'growth', present: 0 }),
      () => useAppStore.setState({ view: 'compare', present: 1 }),
    ];
    for (const enter of situations) {
      enter();
      const keys = ACTION_IDS.filter((id) => bridge.available(id, useAppStore.getState())).flatMap(
        (id) => actionMeta(id).keys,
      );
      expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
    }
  });

  it('declares for every action a label, when it works, and a key or a button', () => {
    for (const id of ACTION_IDS) {
      const a = actionMeta(id);
      expect(a.labelKey, id).toMatch(/^actions\./);
      expect(a.whenKey, id).toMatch(/^help\.when\./);
      expect(a.keys.length + a.placement.length, id).toBeGreaterThan(0);
    }
  });

  it('runs a key only when the state allows it and something on screen carries it out', () => {
    const bridge = createActionBridge();
    const play = vi.fn();
    const stop = bridge.register('growth.togglePlay', { run: play });
    expect(keyAction('k', bridge)).toBeUndefined();
    useAppStore.getState().setView('growth');
    expect(keyAction('k', bridge)).toBe('growth.togglePlay');
    expect(bridge.run('growth.togglePlay')).toBe(true);
    expect(play).toHaveBeenCalledTimes(1);
    stop();
    expect(keyAction('k', bridge)).toBeUndefined();
    expect(bridge.run('growth.togglePlay')).toBe(false);
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('offers f and t only while a chart is on screen', () => {
    const bridge = createActionBridge();
    expect(keyAction('f', bridge)).toBeUndefined();
    const toggle = vi.fn();
    bridge.register('chart.fullscreen', { run: toggle });
    expect(keyAction('f', bridge)).toBe('chart.fullscreen');
    expect(keyAction('t', bridge)).toBeUndefined();
  });

  it('picks the right key for the situation: presenting turns arrows into slide keys and hides p and the digits', () => {
    const { bridge } = everyHandler();
    expect(keyAction('p', bridge)).toBe('present.start');
    expect(keyAction('2', bridge)).toBe('view.compare');
    expect(keyAction('ArrowRight', bridge)).toBeUndefined();
    useAppStore.setState({ present: 0 });
    expect(keyAction('p', bridge)).toBeUndefined();
    expect(keyAction('1', bridge)).toBeUndefined();
    expect(
      ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape'].map((k) =>
        keyAction(k, bridge),
      ),
    ).toEqual([
      'present.next',
      'present.next',
      'present.next',
      'present.previous',
      'present.previous',
      'present.first',
      'present.last',
      'present.leave',
    ]);
    expect(keyAction('l', bridge)).toBe('language.switch');
    expect(keyAction('?', bridge)).toBe('help');
  });

  it('passes a button’s value to the handler and none from a key', () => {
    const bridge = createActionBridge();
    const switchTo = vi.fn();
    bridge.register('language.switch', { run: switchTo });
    bridge.run('language.switch', 'en');
    bridge.run('language.switch');
    expect(switchTo.mock.calls).toEqual([['en'], [undefined]]);
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
