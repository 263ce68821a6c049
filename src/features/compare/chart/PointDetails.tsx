import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../data/model';
import type { PointEntry } from '../../../data/selectors/compare/points';
import { useLabels } from '../useLabels';
import { dataKey } from '../../../i18n/keys';

/** What a tooltip says about each figure: value, qualifier, period, zones covered, and who states it. */
export function PointDetails({ entries, sources }: { entries: PointEntry[]; sources: Dataset['sources'] }) {
  const { t } = useTranslation(['compare', 'common', 'notes']);
  const { lineLabel, value, format } = useLabels();
  return (
    <ul className="compare-details">
      {entries.map(({ line, statement, disputed }, i) => {
        const first = statement.observations[0];
        if (!first) return null;
        const basis = first.zoneBasis;
        return (
          <li key={`${line.key}-${i}`} className="compare-details__item">
            <strong>{lineLabel(line)}</strong>
            <span className="compare-details__value">{value(line, statement)}</span>
            {statement.qualifier !== '' && (
              <span className="compare-details__meta">
                {format.qualifierWords({ ...statement.stated, qualifier: statement.qualifier })}
              </span>
            )}
            {line.unit === 'index' && (
              <span className="compare-details__meta">
                {t('tooltip.stated', { value: format.stated(statement.stated) })}
              </span>
            )}
            <span className="compare-details__meta">
              {t('tooltip.period', { period: format.period(first.period, first.year) })}
              {' · '}
              {basis === null ? t('tooltip.zonesUnknown') : t('tooltip.zones', { count: basis })}
              {first.zoneBasisNote.map((k) => ` · ${t(dataKey('notes', `basis.${k}`))}`)}
            </span>
            {disputed && (
              <span className="compare-details__meta compare-details__disputed">{t('tooltip.disputed')}</span>
            )}
            {statement.observations.map((o) => {
              const source = sources.get(o.source);
              return source ? (
                <span key={o.id} className="compare-details__source">
                  {t('tooltip.source', {
                    title: source.title,
                    date: source.date ? format.date(source.date) : t('common:source.undated'),
                  })}
                </span>
              ) : null;
            })}
          </li>
        );
      })}
    </ul>
  );
}
