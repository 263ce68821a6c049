import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { useAppStore, type Notice } from '../state/store';
import { applyUpdate, subscribeToUpdate, waitingUpdate } from './serviceWorker';

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (notice.kind === 'deckNotSaved') return <>{t('notice.deckNotSaved')}</>;
  if (notice.kind === 'keptSlideDropped')
    return (
      <>{t('notice.keptSlideDropped', { position: format.number(notice.position), label: notice.label })}</>
    );
  const { name, value, reason } = notice.param;
  return <>{t('notice.ignored', { name, value, reason: t(`notice.reason.${reason}`) })}</>;
}

/** A new version has installed: reloading takes it; dismissing keeps this one until the next visit. */
function UpdateNotice({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="notice" role="status">
      <span>{t('notice.update')}</span>
      <span className="notice__actions">
        <button type="button" className="button" onClick={() => applyUpdate()}>
          {t('notice.reload')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onDismiss}
          aria-label={t('notice.dismiss')}
        >
          {t('notice.dismissShort')}
        </button>
      </span>
    </li>
  );
}

/** What a link asked for that could not be used, data rows left out, a new version: said once, dismissible. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const update = useSyncExternalStore(subscribeToUpdate, waitingUpdate, () => null);
  const [updateDismissed, setUpdateDismissed] = useState(false);
  const showUpdate = update !== null && !updateDismissed;
  if (notices.length === 0 && !showUpdate) return null;
  return (
    <section className="notices" aria-label={t('notice.label')}>
      <ul>
        {showUpdate && <UpdateNotice onDismiss={() => setUpdateDismissed(true)} />}
        {notices.map((n) => (
          <li key={n.id} className="notice" role="status">
            <span>
              <NoticeText notice={n} />
            </span>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dismiss(n.id)}
              aria-label={t('notice.dismiss')}
            >
              {t('notice.dismissShort')}
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => notices.forEach((n) => dismiss(n.id))}
        >
          {t('notice.dismissAll')}
        </button>
      )}
    </section>
  );
}
