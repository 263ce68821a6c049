import { useTranslation } from 'react-i18next';
import type { PolicyMeasure } from '../../data/policy/model';

/** How far the heading and number can be trusted, in words beside the measure, never hidden. */
export function MeasureFlags({ measure }: { measure: PolicyMeasure }) {
  const { t, i18n } = useTranslation('policies');
  const key = `measures.${measure.id}`;
  const verification = i18n.exists(`policies:${key}.verification`) ? t(`${key}.verification`) : null;
  const sourceNote = i18n.exists(`policies:${key}.sourceNote`) ? t(`${key}.sourceNote`) : null;
  return (
    <div className="policy-flags">
      <p className="policy-flags__badges">
        <span className={`badge policy-flag policy-flag--${measure.titleIsOfficial}`}>
          {t(`ui.flags.title.${measure.titleIsOfficial}`)}
        </span>
        {measure.number !== null && !measure.numberingVerified && (
          <span className="badge policy-flag policy-flag--probable">{t('ui.flags.numberUnverified')}</span>
        )}
      </p>
      {measure.titleNote && <p className="policy-note">{t(`ui.flags.reason.${measure.titleNote}`)}</p>}
      {verification && (
        <p className="policy-note">
          <strong>{t('ui.flags.verification')}</strong> {verification}
        </p>
      )}
      {sourceNote && <p className="policy-note">{sourceNote}</p>}
    </div>
  );
}
