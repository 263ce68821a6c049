import { useTranslation } from 'react-i18next';
import { dataKey } from '../../i18n/keys';

/** The chosen indicators above the chart, each removable with one click or key press. */
export function ChosenChips({
  chosen,
  defaulted,
  onChange,
}: {
  chosen: readonly string[];
  /** The chips are the view's default, not the reader's choice: they say so. */
  defaulted: boolean;
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation(['compare', 'indicators']);
  if (chosen.length === 0) return null;
  return (
    <div className="compare-chips">
      <p className="compare-chips__label small" id="compare-chips-label">
        {t('picker.chosen')}
        {defaulted && <span className="badge">{t('picker.defaultTag')}</span>}
      </p>
      <ul className="compare-chips__list" aria-labelledby="compare-chips-label">
        {chosen.map((id) => {
          const name = t(dataKey('indicators', `${id}.name`));
          return (
            <li key={id}>
              <button
                type="button"
                className="chip"
                aria-label={t('picker.remove', { name })}
                onClick={() => onChange(chosen.filter((c) => c !== id))}
              >
                <span>{name}</span>
                <span className="chip__x" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
