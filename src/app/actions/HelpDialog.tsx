import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ACTIONS } from './registry';
import type { ActionContext } from './types';

/** Every action with its shortcut, generated from the same list as the toolbar and the key handler. */
export function HelpDialog({ ctx, open, onClose }: { ctx: ActionContext; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('help.title')}>
      <p>{t('help.intro')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIONS.filter((a) => a.shortcut && a.available(ctx)).map((action) => (
            <tr key={action.id}>
              <td>
                <kbd>{action.shortcut}</kbd>
              </td>
              <td>{t(action.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.typing')}</p>
    </Dialog>
  );
}
