import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useActionBridge } from '../../state/actions/context';
import { ACTION_IDS, actionMeta, type Placement } from '../../state/actions/registry';
import { useAppStore } from '../../state/store';

const PLACED = {
  toolbar: ACTION_IDS.filter((id) => actionMeta(id).placement.includes('toolbar')),
  presentation: ACTION_IDS.filter((id) => actionMeta(id).placement.includes('presentation')),
} satisfies Record<Placement, unknown>;

/**
 * Buttons for the actions declared for a placement, each naming its keys for assistive technology.
 * It re-renders only when which buttons show, or which are pressed, changes. The shell carries out
 * every placed action, so what the state allows is what shows.
 */
export function ActionButtons({ placement, label }: { placement: Placement; label: string }) {
  const { t } = useTranslation();
  const bridge = useActionBridge();
  const ids = PLACED[placement];
  const shown = useAppStore(useShallow((s) => ids.filter((id) => actionMeta(id).available(s))));
  const pressed = useAppStore(useShallow((s) => shown.map((id) => actionMeta(id).pressed?.(s))));
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {shown.map((id, i) => (
        <button
          key={id}
          type="button"
          className={`button button--quiet action-${id.replace('.', '-')}`}
          onClick={() => bridge.run(id)}
          aria-keyshortcuts={actionMeta(id).keys.join(' ') || undefined}
          aria-pressed={pressed[i]}
        >
          {t(actionMeta(id).labelKey)}
        </button>
      ))}
    </div>
  );
}
