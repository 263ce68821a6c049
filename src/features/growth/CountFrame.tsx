import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chartCountStatements, nationalCountStatements } from '../../data/selectors/growth/counts';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { useFormat } from '../../i18n/useFormat';
import { ChartFrame } from '../../ui/ChartFrame';
import { CsvButton } from '../../ui/CsvButton';
import { lazyRetry } from '../../ui/lazyRetry';
import { useDataset } from '../../ui/useDataset';
import { countCsv, CountTable } from './CountTable';
import { GROWTH_NS } from './texts';
import { ChartSuspense } from '../../ui/chart/ChartSuspense';
import { PlotLoading } from '../../ui/chart/PlotLoading';

const CountChart = lazyRetry(() => import('./CountChart'));

/** The count over time: step chart up to the playhead, and every statement as a table and CSV. */
export function CountFrame({
  year,
  first,
  last,
  milestones,
  selected,
}: {
  year: number;
  first: number;
  last: number;
  milestones: readonly Milestone[];
  selected: Milestone | null;
}) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const all = nationalCountStatements(dataset);
  const chart = chartCountStatements(dataset);
  // What does not follow the playhead keeps its identity, so a tick re-renders only the chart and summary.
  const disputedYears = useMemo(
    () => new Set(chart.filter((s) => s.conflict).map((s) => s.year)).size,
    [chart],
  );
  const table = useMemo(() => <CountTable rows={all} />, [all]);
  const takeAway = useMemo(
    () => ({ name: 'zone-count', years: all.map((s) => s.year), sources: all.map((s) => s.source) }),
    [all],
  );
  const sources = useMemo(() => new Set(all.map((s) => s.source)).size, [all]);
  return (
    <ChartFrame
      className="growth-count"
      title={t('count.title')}
      subtitle={t('count.subtitle')}
      summary={t('count.summary', {
        first: format.year(first),
        year: format.year(year),
        statements: chart.length,
        disputed: disputedYears,
      })}
      table={table}
      takeAway={takeAway}
      sourceLine={t('count.source', { count: sources })}
      actions={<CsvButton filename="etdz-zone-counts" build={() => countCsv(all, t)} />}
    >
      {/* Its key comes with the chart: drawn where a reader is, it would push what is below. */}
      <ChartSuspense fallback={<PlotLoading />} eager>
        <CountChart
          statements={chart}
          milestones={milestones}
          year={year}
          first={first}
          last={last}
          selected={selected}
        />
      </ChartSuspense>
    </ChartFrame>
  );
}
