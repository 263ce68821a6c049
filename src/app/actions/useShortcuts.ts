import { useEffect, useEffectEvent } from 'react';
import { actionForKey, isTypingTarget, targetOwnsKey } from './registry';
import type { ActionContext } from './types';

/**
 * What a presentation clicker sends. In presentation mode they always turn the slide, even when a
 * slider on the slide has focus (it would otherwise swallow them as big steps), so they are
 * handled before the focused control sees them.
 */
const CLICKER_KEYS = new Set(['PageUp', 'PageDown']);

/** One document-level handler for every declared shortcut. */
export function useShortcuts(ctx: ActionContext) {
  const run = (event: KeyboardEvent) => {
    const action = actionForKey(event.key, ctx);
    if (!action) return false;
    event.preventDefault();
    action.run(ctx);
    return true;
  };
  const ignored = (event: KeyboardEvent) =>
    event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target);

  const onClicker = useEffectEvent((event: KeyboardEvent) => {
    if (ctx.state.present === null || !CLICKER_KEYS.has(event.key) || ignored(event)) return;
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
    if (run(event)) event.stopPropagation();
  });
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (ignored(event) || targetOwnsKey(event.target, event.key)) return;
    run(event);
  });
  useEffect(() => {
    const capture = (event: KeyboardEvent) => onClicker(event);
    const bubble = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', capture, true);
    document.addEventListener('keydown', bubble);
    return () => {
      document.removeEventListener('keydown', capture, true);
      document.removeEventListener('keydown', bubble);
    };
  }, []);
}
