import { useTranslation } from 'react-i18next';
import { ACTIONS } from './registry';
import type { ActionContext, Placement } from './types';

/** Buttons for the actions declared for a placement, each naming its keys for assistive technology. */
export function ActionButtons({
  ctx,
  placement,
  label,
}: {
  ctx: ActionContext;
  placement: Placement;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {ACTIONS.filter((a) => a.placement.includes(placement) && a.available(ctx)).map((action) => (
        <button
          key={action.id}
          type="button"
          className={`button button--quiet action-${action.id.replace('.', '-')}`}
          onClick={() => action.run(ctx)}
          aria-keyshortcuts={action.keys.join(' ') || undefined}
          aria-pressed={action.pressed?.(ctx)}
        >
          {t(action.labelKey)}
        </button>
      ))}
    </div>
  );
}
