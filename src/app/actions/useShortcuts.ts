import { useEffectEvent, useLayoutEffect } from 'react';
import { useActionBridge } from '../../state/actions/context';
import { useAppStore } from '../../state/store';
import { actionForKey, isTypingTarget, targetOwnsKey } from './keys';

/**
 * What a presentation clicker sends. In presentation mode they always turn the slide, even when a
 * slider on the slide has focus (it would otherwise swallow them as big steps), so they are
 * handled before the focused control sees them.
 */
const CLICKER_KEYS = new Set(['PageUp', 'PageDown']);

/** One document-level handler for every declared shortcut; it reads the state when a key comes. */
export function useShortcuts() {
  const bridge = useActionBridge();
  const run = (event: KeyboardEvent) => {
    const id = actionForKey(event.key, useAppStore.getState(), bridge);
    if (!id) return false;
    event.preventDefault();
    bridge.run(id);
    return true;
  };
  // A modal dialog owns the keyboard: whatever has focus (even the page, after the focused control was
  // removed), no shortcut may act on the page behind it. Esc is the dialog's own.
  const ignored = (event: KeyboardEvent) =>
    event.defaultPrevented ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    isTypingTarget(event.target) ||
    document.querySelector('dialog[open]') !== null;

  const onClicker = useEffectEvent((event: KeyboardEvent) => {
    if (useAppStore.getState().present === null || !CLICKER_KEYS.has(event.key) || ignored(event)) return;
    if (run(event)) event.stopPropagation();
  });
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (ignored(event) || targetOwnsKey(event.target, event.key)) return;
    run(event);
  });
  // Listening from the commit that first draws the app, before the browser paints it: a passive effect
  // could run after a key pressed at the first sight of a button or heading, and that key was lost.
  useLayoutEffect(() => {
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
