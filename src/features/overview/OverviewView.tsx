import { useTranslation } from 'react-i18next';
import { headlinePairs, latestZoneCount, nationalZoneCounts } from '../../data/selectors/headline';
import { lazyRetry } from '../../ui/lazyRetry';
import { useDataset } from '../../ui/useDataset';
import { EntryPoints } from './EntryPoints';
import { HeadlineCard } from './HeadlineCard';
import { ZoneCountCard } from './ZoneCountCard';
import { ZoneCountTable, zoneCountCsv } from './ZoneCountTable';
import { ChartFrame } from '../../ui/ChartFrame';
import { CsvButton } from '../../ui/CsvButton';
import { useFormat } from '../../i18n/useFormat';
import { ChartSuspense } from '../../ui/chart/ChartSuspense';
import { PlotLoading } from '../../ui/chart/PlotLoading';
import { ViewCite } from '../../ui/export/ViewCite';

const ZoneCountChart = lazyRetry(() => import('./ZoneCountChart'));

export default function OverviewView() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const format = useFormat();
  const pairs = headlinePairs(dataset);
  const zoneCount = latestZoneCount(dataset);
  const counts = nationalZoneCounts(dataset);
  const first = counts[0];
  const last = counts.at(-1);
  const headlines = pairs.flatMap((p) => [p.level, p.share]).flatMap((h) => h?.statements ?? []);
  const sourceIds = [...(zoneCount?.statements ?? []), ...headlines].flatMap((s) =>
    s.items.map((item) => item.source),
  );

  return (
    <div className="overview">
      <header className="view-header">
        <h1>{t('overview.title')}</h1>
        <p className="lead">{t('overview.lead')}</p>
        <ViewCite subject={t('overview.title')} sourceIds={[...sourceIds, ...counts.map((c) => c.source)]} />
      </header>
      <section aria-labelledby="overview-headlines">
        <h2 id="overview-headlines" className="visually-hidden">
          {t('overview.headlines')}
        </h2>
        <ul className="cards">
          {zoneCount && <ZoneCountCard latest={zoneCount} />}
          {pairs.map((pair) => pair.level && <HeadlineCard key={pair.level.indicator} pair={pair} />)}
        </ul>
        <p className="muted small">{t('overview.latestNote')}</p>
      </section>
      {first && last && (
        <ChartFrame
          className="overview__spark"
          title={t('overview.zoneCountChart.title')}
          subtitle={t('overview.zoneCountChart.subtitle')}
          summary={t('overview.zoneCountChart.summary', {
            first: first.count,
            firstDate: first.date.slice(0, 4),
            last: last.count,
            lastDate: last.date.slice(0, 4),
            statements: counts.length,
          })}
          table={<ZoneCountTable rows={counts} />}
          actions={
            <CsvButton filename="etdz-zone-count" build={() => zoneCountCsv(counts, dataset, t, format)} />
          }
          takeAway={{
            name: 'zone-count',
            years: counts.map((c) => Number(c.date.slice(0, 4))),
            sources: counts.map((c) => c.source),
          }}
          sourceLine={t('overview.zoneCountChart.source', {
            count: new Set(counts.map((c) => c.source)).size,
          })}
        >
          <ChartSuspense fallback={<PlotLoading compact />}>
            <ZoneCountChart rows={counts} />
          </ChartSuspense>
        </ChartFrame>
      )}
      <EntryPoints />
    </div>
  );
}
