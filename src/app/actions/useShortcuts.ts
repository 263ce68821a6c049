import { useEffect, useEffectEvent } from 'react';
import { actionForKey, isTypingTarget, targetOwnsKey } from './registry';
import type { ActionContext } from './types';

/** One document-level handler for every declared shortcut. */
export function useShortcuts(ctx: ActionContext) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTypingTarget(event.target) || targetOwnsKey(event.target, event.key)) return;
    const action = actionForKey(event.key, ctx);
    if (!action) return;
    event.preventDefault();
    action.run(ctx);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
