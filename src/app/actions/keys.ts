import { ACTION_IDS, actionMeta, type ActionId } from '../../state/actions/registry';
import type { ActionBridge } from '../../state/actions/bridge';
import type { AppState } from '../../state/store';

/** The action a key runs now: the first declared with that key that the state allows and something carries out. */
export function actionForKey(key: string, state: AppState, bridge: ActionBridge): ActionId | undefined {
  return ACTION_IDS.find((id) => actionMeta(id).keys.includes(key) && bridge.available(id, state));
}

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(type);
}

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  ' ',
]);
const KEY_OWNING_ROLES =
  '[role="slider"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="spinbutton"], [role="tree"]';

/**
 * Whether the focused element uses this key itself: arrows move a slider or a grid, Space presses a
 * button. Then the key is the control's, even if a shortcut has the same key.
 */
export function targetOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open]')) return true;
  if (!NAVIGATION_KEYS.has(key)) return false;
  if (target.closest(KEY_OWNING_ROLES)) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}
