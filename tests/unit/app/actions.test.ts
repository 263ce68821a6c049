import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, actionForKey, isTypingTarget } from '../../../src/app/actions/registry';
import type { ActionContext } from '../../../src/app/actions/types';
import { onCommand } from '../../../src/state/commands';
import { useAppStore } from '../../../src/state/store';

const ctx = (languages: string[] = ['zh', 'en']): ActionContext => ({ state: useAppStore.getState(), languages, openHelp: vi.fn() });

describe('the action list', () => {
  it('gives every shortcut to one action only', () => {
    const keys = ACTIONS.flatMap((a) => (a.shortcut ? [a.shortcut] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a label for every action', () => {
    expect(ACTIONS.every((a) => a.labelKey.length > 0)).toBe(true);
  });

  it('switches language with l and stays available only with more than one language', () => {
    const action = actionForKey('l', ctx());
    action?.run(ctx());
    expect(useAppStore.getState().lang).toBe('en');
    actionForKey('l', ctx())?.run(ctx());
    expect(useAppStore.getState().lang).toBe('zh');
    expect(actionForKey('l', ctx(['zh']))).toBeUndefined();
  });

  it('opens views by number and help with ?', () => {
    actionForKey('2', ctx())?.run(ctx());
    expect(useAppStore.getState().view).toBe('compare');
    const c = ctx();
    actionForKey('?', c)?.run(c);
    expect(c.openHelp).toHaveBeenCalled();
  });

  it('offers the timeline keys only on Zone growth and sends them to the view as commands', () => {
    const played = vi.fn();
    const stop = onCommand('growth.togglePlay', played);
    expect(actionForKey('k', ctx())).toBeUndefined();
    useAppStore.getState().setView('growth');
    actionForKey('k', ctx())?.run(ctx());
    expect(played).toHaveBeenCalledTimes(1);
    stop();
    actionForKey('k', ctx())?.run(ctx());
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
});
