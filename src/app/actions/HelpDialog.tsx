import { Fragment, useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useActionBridge } from '../../state/actions/context';
import { ACTION_IDS, actionMeta } from '../../state/actions/registry';
import { useAppStore } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { KeyName } from './KeyName';

const LISTED = ACTION_IDS.filter((id) => actionMeta(id).keys.length || actionMeta(id).placement.length);

/**
 * Every declared action with its keys and when it works, generated from the same list as the
 * toolbar and the key handler; actions that work right now come first.
 */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const bridge = useActionBridge();
  // A chart or the timeline arriving on screen while help is open makes its keys work: follow it.
  const follow = useCallback(
    (changed: () => void) => (open ? bridge.subscribe(changed) : () => undefined),
    [open, bridge],
  );
  useSyncExternalStore(follow, bridge.version);
  const working = useAppStore(
    useShallow((s) => (open ? LISTED.filter((id) => bridge.available(id, s)) : [])),
  );
  const rows = open ? [...working, ...LISTED.filter((id) => !working.includes(id))] : [];
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
          {rows.map((id) => {
            const action = actionMeta(id);
            return (
              <tr key={id} className={working.includes(id) ? undefined : 'muted'} data-action={id}>
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
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t('help.typing')}</p>
    </Dialog>
  );
}
