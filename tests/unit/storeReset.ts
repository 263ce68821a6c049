/**
 * zustand as the tests see it: every store made with `create` or `createStore` is remembered with
 * the state it was created with, so one call puts them all back (zustand's own testing recipe, as
 * bulletproof-react uses it). setup.ts mocks 'zustand' with this module; a store added later needs
 * no line in any test to start each test fresh.
 */
import type * as Zustand from 'zustand';
import { vi } from 'vitest';

const resets = new Set<() => void>();

/** Puts every store back to the state it was created with, actions included. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}

function remembered<S extends Zustand.StoreApi<unknown>>(store: S): S {
  const initial = store.getInitialState();
  resets.add(() => store.setState(initial, true));
  return store;
}

/** The real zustand, with `create` and `createStore` remembering what they make. */
export async function zustandThatResets(): Promise<typeof Zustand> {
  const actual = await vi.importActual<typeof Zustand>('zustand');
  // Both are called either with the initializer or curried, `create<State>()(initializer)`.
  const create = (<T>(initializer?: Zustand.StateCreator<T>) =>
    initializer
      ? remembered(actual.create(initializer))
      : (later: Zustand.StateCreator<T>) => remembered(actual.create(later))) as typeof actual.create;
  const createStore = (<T>(initializer?: Zustand.StateCreator<T>) =>
    initializer
      ? remembered(actual.createStore(initializer))
      : (later: Zustand.StateCreator<T>) =>
          remembered(actual.createStore(later))) as typeof actual.createStore;
  return { ...actual, create, createStore };
}
