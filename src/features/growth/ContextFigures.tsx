import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../data/selectors/conflicts';
import { contextAt } from '../../data/selectors/growth/context';
import { useFormat } from '../../i18n/useFormat';
import { compareLink } from '../../state/params/compare';
import { observationCitations } from '../../ui/citations';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { Statements } from '../../ui/Statements';
import { dataKey } from '../../i18n/keys';

/** The zones' economy in exactly the playhead year, from the shared series; a year without figures says so. */
export function ContextFigures({ year }: { year: number }) {
  const { t } = useTranslation(['growth', 'common', 'indicators']);
  const format = useFormat();
  const dataset = useDataset();
  const all = contextAt(dataset, year);
  const figures = all.filter((f) => f.statements.length > 0);
  const gaps = all.filter((f) => f.statements.length === 0);
  const yearText = format.year(year);
  return (
    <section className="context-figures" aria-labelledby="growth-context">
      <h3 id="growth-context">{t('context.title', { year: yearText })}</h3>
      {figures.length > 0 && (
        <ul className="cards">
          {figures.map((f) => {
            const name = t(dataKey('indicators', `${f.indicator}.name`));
            return (
              <li key={f.indicator} className="card">
                <h4 className="card__title">{name}</h4>
                <Statements
                  statements={f.statements}
                  conflict={f.conflict}
                  conflictId={`values|${f.key}`}
                  marks={f.marks}
                  explanation={explanationOf(dataset, 'values', f.key)}
                  conflictLabel={t('conflict.badge', { count: f.statements.length })}
                  size="large"
                  className="growth-statements"
                  subject={t('context.subject', { name, year: yearText })}
                  cite={(items) => observationCitations(dataset, items)}
                  describe={(items) =>
                    [...new Set(items.map((o) => t(`common:series.${o.series}`)))].join(
                      t('common:list.separator'),
                    )
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      {gaps.length > 0 && (
        <p className="muted">
          {t('context.gaps', {
            year: yearText,
            names: gaps
              .map((f) => t(dataKey('indicators', `${f.indicator}.name`)))
              .join(t('common:list.separator')),
          })}
        </p>
      )}
      <ViewLink
        className="card__link"
        to={{
          view: 'compare',
          compare: compareLink({ ind: ['gdp', 'gdp_share_national_pct'], reg: ['national'] }),
        }}
      >
        {t('context.compare')}
      </ViewLink>
    </section>
  );
}
