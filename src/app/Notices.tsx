import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { useAppStore, type Notice } from '../state/store';

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (notice.kind === 'dataIssues') return <>{t('notice.dataIssues', { count: notice.count })}</>;
  if (notice.kind === 'deckNotSaved') return <>{t('notice.deckNotSaved')}</>;
  if (notice.kind === 'keptSlideDropped')
    return (
      <>{t('notice.keptSlideDropped', { position: format.number(notice.position), label: notice.label })}</>
    );
  const { name, value, reason } = notice.param;
  return <>{t('notice.ignored', { name, value, reason: t(`notice.reason.${reason}`) })}</>;
}

/** What a link asked for that could not be used, or data rows left out: said once, dismissible. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notice.label')}>
      <ul>
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
