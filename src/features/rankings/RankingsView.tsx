import { useTranslation } from 'react-i18next';
import { assessmentRanks } from '../../data/selectors/rankings/lists';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { AssessmentMethod } from './AssessmentMethod';
import { RankingTable } from './RankingTable';
import './rankings.css';
import { RANKINGS_NS } from './texts';
import { ViewCite } from '../../ui/export/ViewCite';

/** The assessments' published ranks, one assessment at a time, with the year each describes and its method. */
export default function RankingsView() {
  const { t } = useTranslation(RANKINGS_NS);
  const format = useFormat();
  const dataset = useDataset();
  const a = useAppStore((s) => s.rankings.a);
  const all = assessmentRanks(dataset);
  const chosen = all.find((x) => x.assessment.year === a) ?? all[0];
  return (
    <div className="rankings-view">
      <header className="view-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <ViewCite
          subject={t('title')}
          sourceIds={
            chosen
              ? [
                  chosen.assessment.source,
                  ...chosen.lists.flatMap((l) => l.rows.map((r) => r.source)),
                ].filter((id): id is string => Boolean(id))
              : []
          }
        />
      </header>
      {a !== null && chosen?.assessment.year !== a && (
        <p className="notice" role="status">
          {t('unknownYear', { year: a, shown: chosen ? format.year(chosen.assessment.year) : '' })}
        </p>
      )}
      <nav className="rankings-years" aria-label={t('years')}>
        <ul>
          {all.map((x) => (
            <li key={x.assessment.year}>
              <ViewLink
                to={{ view: 'rankings', rankings: { a: x.assessment.year } }}
                current={x === chosen}
                className="rankings-years__link"
              >
                {t('yearLink', {
                  year: format.year(x.assessment.year),
                  dataYear: format.year(x.assessment.data_year),
                })}
              </ViewLink>
            </li>
          ))}
        </ul>
      </nav>
      {chosen && (
        <>
          <AssessmentMethod assessment={chosen.assessment} />
          {chosen.lists.map((list) => (
            <RankingTable key={list.ranking} assessment={chosen.assessment} list={list} />
          ))}
        </>
      )}
    </div>
  );
}
