import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { KeyName } from './KeyName';
import { ACTIONS } from './registry';
import type { ActionContext } from './types';

/**
 * Every declared action with its keys and when it works, generated from the same list as the
 * toolbar and the key handler; actions that work right now come first.
 */
export function HelpDialog({
  ctx,
  open,
  onClose,
}: {
  ctx: ActionContext;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const listed = ACTIONS.filter((a) => a.keys.length || a.placement.length);
  const rows = open
    ? [...listed.filter((a) => a.available(ctx)), ...listed.filter((a) => !a.available(ctx))]
    : [];
  return (
    <Dialog open={open} onClose={onClose} title={t('help.title')}>
      <p>{t('help.intro')}</p>
      <table className="table help-table">
        <caption className="visually-hidden">{t('help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.when.label')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((action) => (
            <tr
              key={action.id}
              className={action.available(ctx) ? undefined : 'muted'}
              data-action={action.id}
            >
              <td>
                {action.keys.length
                  ? action.keys.map((k, i) => (
                      <Fragment key={k}>
                        {i > 0 && t('help.or')}
                        <KeyName value={k} />
                      </Fragment>
                    ))
                  : t('help.buttonOnly')}
              </td>
              <th scope="row">{t(action.labelKey)}</th>
              <td>{t(action.whenKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.typing')}</p>
    </Dialog>
  );
}
