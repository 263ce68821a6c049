import { useTranslation } from 'react-i18next';
import { ACTIONS } from './registry';
import type { ActionContext } from './types';

/** Buttons for the actions declared with `toolbar: true`, labelled with their shortcut. */
export function Toolbar({ ctx }: { ctx: ActionContext }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('actions.toolbar')}>
      {ACTIONS.filter((a) => a.toolbar && a.available(ctx)).map((action) => (
        <button
          key={action.id}
          type="button"
          className="button button--quiet"
          onClick={() => action.run(ctx)}
          aria-keyshortcuts={action.shortcut}
        >
          {t(action.labelKey)}
        </button>
      ))}
    </div>
  );
}
