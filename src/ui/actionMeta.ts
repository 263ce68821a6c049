import { createContext, useContext } from 'react';

/** What a button needs to know of a declared action: its label key and its keys. */
export interface ActionMeta {
  labelKey: string;
  keys: readonly string[];
}

/**
 * Buttons that live inside shared components (a chart frame's full-screen and table buttons) take
 * their label and shortcut from the app's one list of actions through this context, so the list
 * stays the only place that declares them.
 */
export const ActionMetaContext = createContext<(id: string) => ActionMeta | undefined>(() => undefined);

export function useActionMeta(id: string): ActionMeta | undefined {
  return useContext(ActionMetaContext)(id);
}
