import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { initialState, useAppStore } from '../../src/state/store';

/** A store of the kind a later feature may add, made in the test file after setup ran. */
const useCounter = create<{ count: number; add(): void }>()((set) => ({
  count: 0,
  add: () => set((s) => ({ count: s.count + 1 })),
}));

// The two tests run in order: the second sees what the first left behind, unless the reset worked.
describe('store reset between tests', () => {
  it('lets a test change every store', () => {
    useCounter.getState().add();
    useAppStore.getState().setView('growth');
    useAppStore.getState().setContrast(true);
    expect(useCounter.getState().count).toBe(1);
    expect(useAppStore.getState().view).toBe('growth');
  });

  it('starts the next test with every store as it was created, actions working', () => {
    expect(useCounter.getState().count).toBe(0);
    expect(useAppStore.getState()).toMatchObject(initialState('zh'));
    useCounter.getState().add();
    expect(useCounter.getState().count).toBe(1);
  });
});
