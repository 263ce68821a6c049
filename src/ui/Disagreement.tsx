import { useTranslation } from 'react-i18next';
import type { ConflictExplanation } from '../data/model';
import type { Agreement } from '../data/selectors/disagreement';
import { dataKey } from '../i18n/keys';

/**
 * Figures that differ but agree by the one rule: a quiet word ("rounded", "within a bound"), never the
 * warning a conflict gets. The title says what it means.
 */
export function AgreementMarks({ marks }: { marks: readonly Agreement[] }) {
  const { t } = useTranslation();
  if (marks.length === 0) return null;
  return (
    <p className="agreement-marks">
      {marks.map((m) => (
        <span key={m} className="agreement-mark" title={t(`disagreement.markHelp.${m}`)}>
          {t(`disagreement.mark.${m}`)}
          <span className="visually-hidden"> — {t(`disagreement.markHelp.${m}`)}</span>
        </span>
      ))}
    </p>
  );
}

/** Why the sources of a flagged disagreement differ, in the reader's language; says so where it is not known. */
export function Explanation({
  explanation,
  compact = false,
}: {
  explanation: ConflictExplanation | null;
  compact?: boolean;
}) {
  const { t } = useTranslation(['common', 'notes']);
  const lines = explanation
    ? [
        ...explanation.explain.map((k) => t(dataKey('notes', `explain.${k}`))),
        ...explanation.note.map((k) => t(dataKey('notes', `conflict.${k}`))),
      ]
    : [t('notes:explain.unknown')];
  return (
    <div className={`explanation ${compact ? 'explanation--compact' : ''}`}>
      {!compact && <span className="explanation__label">{t('disagreement.why')}</span>}
      <ul className="explanation__list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
