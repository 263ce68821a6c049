import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ranking } from '../../data/model';
import type { ZoneProfile } from '../../data/selectors/zones/profile';
import { useFormat } from '../../i18n/useFormat';
import { ChartFrame } from '../../ui/ChartFrame';
import { CsvButton } from '../../ui/CsvButton';
import { useRankCsv } from '../../ui/rankings/rankCsv';
import { DataTable, type Column } from '../../ui/DataTable';
import { Loading } from '../../ui/Loading';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { useRankText } from '../../ui/rankings/useRankText';
import { dataKey } from '../../i18n/keys';
import { ZONE_NS } from './texts';

const RankChart = lazy(() => import('./RankChart'));

/** Every rank the zone holds over the assessments, as a small chart (rank 1 on top) and as a table. */
export function ZoneRanks({ profile }: { profile: ZoneProfile }) {
  const { t } = useTranslation(ZONE_NS);
  const rankCsv = useRankCsv();
  const format = useFormat();
  const rankText = useRankText('place');
  const dataset = useDataset();
  const name = t(dataKey('zones', `name.${profile.zone.id}`));
  if (profile.ranks.length === 0)
    return (
      <section className="card zone-ranks" aria-labelledby="zone-ranks-title">
        <h2 id="zone-ranks-title" className="card__title">
          {t('ranks.title')}
        </h2>
        <p className="muted">{t('ranks.none')}</p>
        <ViewLink to={{ view: 'rankings' }}>{t('ranks.allRankings')}</ViewLink>
      </section>
    );
  const columns: Column<Ranking>[] = [
    {
      id: 'assessment',
      header: t('rankings:table.assessment'),
      cell: (r) => (
        <ViewLink to={{ view: 'rankings', rankings: { a: r.assessment_year } }}>
          {format.year(r.assessment_year)}
        </ViewLink>
      ),
      sortValue: (r) => r.assessment_year,
      rowHeader: true,
    },
    {
      id: 'dataYear',
      header: t('rankings:table.dataYear'),
      cell: (r) => format.year(r.data_year),
      sortValue: (r) => r.data_year,
    },
    {
      id: 'list',
      header: t('rankings:table.list'),
      cell: (r) => t(dataKey('zones', `ranking.${r.ranking}`)),
      sortValue: (r) => t(dataKey('zones', `ranking.${r.ranking}`)),
    },
    {
      id: 'rank',
      header: t('rankings:table.rank'),
      cell: rankText,
      sortValue: (r) => r.rank,
      numeric: true,
    },
    {
      id: 'source',
      header: t('common:table.source'),
      cell: (r) => {
        const source = dataset.sources.get(r.source);
        return source ? (
          <SourceButton
            items={[{ source, quote: r.zone_name_zh, notes: r.note.map((k) => `ranking.${k}` as const) }]}
            subject={t('ranks.subject', { zone: name, year: format.year(r.assessment_year) })}
          />
        ) : null;
      },
    },
  ];
  return (
    <ChartFrame
      className="zone-ranks"
      title={t('ranks.title')}
      subtitle={t('ranks.subtitle')}
      summary={t('ranks.summary', { zone: name, count: profile.ranks.length })}
      sourceLine={t('ranks.sourceLine', { count: new Set(profile.ranks.map((r) => r.source)).size })}
      table={
        <DataTable
          caption={t('ranks.title')}
          rows={profile.ranks}
          columns={columns}
          rowKey={(r) => `${r.assessment_year}|${r.ranking}|${r.rank}`}
          initialSort={{ column: 'assessment', direction: 'descending' }}
        />
      }
      actions={<CsvButton filename={`etdz-ranks-${profile.zone.id}`} build={() => rankCsv(profile.ranks)} />}
    >
      <Suspense fallback={<Loading what={t('common:chart.loading')} />}>
        <RankChart series={profile.rankSeries} years={profile.rankYears} />
      </Suspense>
    </ChartFrame>
  );
}
