import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../data/selectors/conflicts';
import type { ZoneCountStatement } from '../../data/selectors/headline';
import { Explanation } from '../../ui/Disagreement';
import { useFormat } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { Statements } from '../../ui/Statements';

/** The latest statements of how many national ETDZs exist, with their dates. */
export function ZoneCountCard({ latest }: { latest: ZoneCountStatement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  const name = t('overview.zoneCount');
  return (
    <li className="card">
      <h3 className="card__title">{name}</h3>
      <p className="card__when">
        {t('overview.latestStatements', { from: format.date(latest.from), to: format.date(latest.date) })}
      </p>
      <Statements
        statements={latest.statements}
        conflict={latest.conflict}
        conflictId={latest.conflictKeys.map((k) => `zone-counts|${k}`).join(' ')}
        marks={latest.marks}
        conflictLabel={t('overview.conflict', { count: latest.statements.length })}
        subject={name}
        cite={(items) => zoneCountCitations(dataset, items)}
        describe={(items) =>
          [
            ...new Set(
              items.map((z) =>
                z.date_approx ? t('source.approxDate', { date: format.date(z.date) }) : format.date(z.date),
              ),
            ),
          ].join(t('list.separator'))
        }
        size="large"
      />
      {latest.conflictKeys.map((key) => (
        <Explanation key={key} explanation={explanationOf(dataset, 'zone-counts', key)} />
      ))}
      <p className="muted small">{t('overview.zoneCountNote')}</p>
      <ViewLink className="card__link" to={{ view: 'growth' }}>
        {t('overview.seeGrowth')}
      </ViewLink>
    </li>
  );
}
