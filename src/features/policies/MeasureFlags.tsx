import { useTranslation } from 'react-i18next';
import type { PolicyMeasure } from '../../data/policy/model';
import { dataKey, optionalText } from '../../i18n/keys';

/** How far the heading and number can be trusted, in words beside the measure, never hidden. */
export function MeasureFlags({ measure }: { measure: PolicyMeasure }) {
  const { t, i18n } = useTranslation(['policies']);
  const key = `measures.${measure.id}` as const;
  const note = (field: 'verification' | 'sourceNote') =>
    optionalText(i18n, t, dataKey('policies', `${key}.${field}`));
  const verification = note('verification');
  const sourceNote = note('sourceNote');
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
