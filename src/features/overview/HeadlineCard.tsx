import { useTranslation } from 'react-i18next';
import type { Observation } from '../../data/model';
import { explanationOf } from '../../data/selectors/conflicts';
import type { HeadlinePair } from '../../data/selectors/headline';
import { useFormat } from '../../i18n/useFormat';
import { compareLink } from '../../state/params/compare';
import { observationCitations } from '../../ui/citations';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { Statements } from '../../ui/Statements';
import { dataKey } from '../../i18n/keys';

/** One headline: the level for its latest data year, and beside it the share of the national total. */
export function HeadlineCard({ pair }: { pair: HeadlinePair }) {
  const { t } = useTranslation(['common', 'indicators']);
  const format = useFormat();
  const dataset = useDataset();
  const { level, share } = pair;
  if (!level) return null;
  const name = t(dataKey('indicators', `${level.indicator}.name`));
  const series = (items: Observation[]) =>
    [...new Set(items.map((o) => t(`series.${o.series}`)))].join(t('list.separator'));
  const cite = (items: Observation[]) => observationCitations(dataset, items);

  return (
    <li className="card">
      <h3 className="card__title">{name}</h3>
      <p className="card__when">{t('overview.dataYear', { year: format.year(level.year) })}</p>
      <Statements
        statements={level.statements}
        conflict={level.conflict}
        conflictId={`values|${level.key}`}
        marks={level.marks}
        explanation={explanationOf(dataset, 'values', level.key)}
        conflictLabel={t('overview.conflict', { count: level.statements.length })}
        subject={t('overview.subject', { name, year: format.year(level.year) })}
        cite={cite}
        describe={series}
        size="large"
      />
      {share && (
        <div className="card__share">
          <h4 className="card__subtitle">
            {t(dataKey('indicators', `${share.indicator}.name`))}
            <span className="card__when"> · {t('overview.dataYear', { year: format.year(share.year) })}</span>
          </h4>
          <Statements
            statements={share.statements}
            conflict={share.conflict}
            conflictId={`values|${share.key}`}
            marks={share.marks}
            explanation={explanationOf(dataset, 'values', share.key)}
            conflictLabel={t('overview.conflict', { count: share.statements.length })}
            subject={t('overview.subject', {
              name: t(dataKey('indicators', `${share.indicator}.name`)),
              year: format.year(share.year),
            })}
            cite={cite}
            describe={series}
            size="small"
          />
        </div>
      )}
      <ViewLink
        className="card__link"
        to={{
          view: 'compare',
          compare: compareLink({
            ind: [level.indicator, ...(share ? [share.indicator] : [])],
            reg: ['national'],
          }),
        }}
      >
        {t('overview.seeOverTime', { name })}
      </ViewLink>
    </li>
  );
}
