import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartX } from '../../data/selectors/compare/charts';
import type { PanelModel } from '../../data/selectors/compare/model';
import { pointsAt } from '../../data/selectors/compare/points';
import type { Region } from '../../data/schema/enums';
import { lazyRetry } from '../../ui/lazyRetry';
import { Loading } from '../../ui/Loading';
import { useDataset } from '../../ui/useDataset';
import type { ChartText } from './chart/chartText';
import { PointDetails } from './chart/PointDetails';
import { useLabels } from './useLabels';

const CompareChart = lazyRetry(() => import('./chart/CompareChart'));

/** A point of a chart: a year, and on a bar chart the region. */
export interface ChartPoint {
  year: number;
  region?: Region;
}

/** Words the chart in the reader's language; the chart itself only draws. */
function useChartText(panel: PanelModel): ChartText {
  const { t } = useTranslation(['compare', 'common', 'regions']);
  const { lineLabel, barLabel, tick, format } = useLabels();
  const { chart, unit } = panel;
  return useMemo(
    () => ({
      title: t('panel.chartTitle'),
      desc: t('panel.keyboard'),
      names: Object.fromEntries(
        chart.kind === 'line'
          ? chart.lines.map(({ line, dataKey }) => [dataKey, lineLabel(line)])
          : chart.bars.map((b) => [b.key, barLabel(b)]),
      ),
      x: (x: ChartX) => (typeof x === 'number' ? format.year(x) : t(`regions:region.${x}`)),
      y: (v: number) => tick(unit, v),
      barValue: (v, q) => format.qualify(q, tick(unit, v)),
    }),
    [t, chart, unit, lineLabel, barLabel, tick, format],
  );
}

/** One panel's chart: its words, its tooltip and what a click or Enter on a point selects. */
export function PanelChart({
  panel,
  onSelect,
  paused,
}: {
  panel: PanelModel;
  onSelect(point: ChartPoint): void;
  paused: boolean;
}) {
  const { t } = useTranslation(['compare', 'common', 'regions']);
  const dataset = useDataset();
  const text = useChartText(panel);
  const { chart, lines } = panel;
  const pointAt = useCallback(
    (x: ChartX): ChartPoint =>
      chart.kind === 'line' ? { year: Number(x) } : { year: chart.year, region: x as Region },
    [chart],
  );
  const tooltip = (x: ChartX) => {
    const at = pointAt(x);
    const entries = pointsAt(lines, at.year, at.region);
    if (entries.length === 0) return null;
    return (
      <div className="compare-tooltip">
        <p className="compare-tooltip__title">{text.x(x)}</p>
        <PointDetails entries={entries} sources={dataset.sources} />
        <p className="compare-tooltip__hint">{t('tooltip.hint')}</p>
      </div>
    );
  };
  const select = useCallback((x: ChartX) => onSelect(pointAt(x)), [onSelect, pointAt]);
  return (
    <Suspense fallback={<Loading what={t('common:chart.loading')} />}>
      <CompareChart chart={chart} text={text} tooltip={tooltip} onSelect={select} paused={paused} />
    </Suspense>
  );
}
