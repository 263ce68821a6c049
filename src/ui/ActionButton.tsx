import type { ButtonHTMLAttributes, Ref } from 'react';
import { actionMeta, type ActionId } from '../state/actions/registry';
import { useCommonT } from '../i18n/useCommonT';

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> {
  action: ActionId;
  /** For a toggle: shows the label of its "on" state (Exit full screen, Pause). */
  active?: boolean;
  /** Shows the key beside the label, where people learn the shortcut by seeing it. */
  showKey?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that a component draws for a declared action: its label and keys come from the list of
 * actions. The click runs what the caller passes, which is what the component registered for the
 * action, so a button always acts on its own chart or timeline.
 */
export function ActionButton({ action, active = false, showKey = false, ...button }: ActionButtonProps) {
  const t = useCommonT();
  const meta = actionMeta(action);
  const labelKey = (active && meta.control?.activeLabelKey) || meta.control?.labelKey || meta.labelKey;
  const key = meta.keys[0];
  return (
    <button type="button" aria-keyshortcuts={meta.keys.join(' ') || undefined} {...button}>
      {t(labelKey)}
      {showKey && key && (
        <>
          {' '}
          <kbd aria-hidden="true">{key}</kbd>
        </>
      )}
    </button>
  );
}
