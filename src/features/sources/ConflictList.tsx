import { useTranslation } from 'react-i18next';
import { conflicts } from '../../data/selectors/sources';
import type { Region } from '../../data/schema/enums';
import { useFormat } from '../../i18n/useFormat';
import { observationCitations } from '../../ui/citations';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';

/** Known disagreements between sources: every version kept, side by side. */
export function ConflictList() {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  const list = conflicts(dataset);
  return (
    <section aria-labelledby="conflicts-title" className="panel">
      <h2 id="conflicts-title">{t('sources.conflictsTitle')}</h2>
      <p className="muted">{t('sources.conflictsIntro', { count: list.length })}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('sources.conflictsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.indicator')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('table.region')}</th>
              <th scope="col">{t('sources.versions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => {
              const first = c.statements[0]?.items[0];
              const name = t(`indicators:${c.indicator}.name`);
              return (
                <tr key={c.key}>
                  <th scope="row">{name}</th>
                  <td>{first ? format.period(first.period, first.year) : c.year}</td>
                  <td>{t(`regions:region.${c.region as Region}`)}</td>
                  <td>
                    <ul className="versions">
                      {c.statements.map((s, i) => (
                        <li key={i}>
                          <Figure figure={s.figure} />{' '}
                          <span className="muted">
                            {[...new Set(s.items.map((o) => t(`series.${o.series}`)))].join(
                              t('list.separator'),
                            )}
                          </span>{' '}
                          <SourceButton
                            items={observationCitations(dataset, s.items)}
                            subject={`${name} · ${c.year}`}
                          />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
