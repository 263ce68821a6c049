import { useCallback } from 'react';
import type { ChartX } from '../../data/selectors/compare/charts';
import type { PanelModel } from '../../data/selectors/compare/model';
import { pointsAt } from '../../data/selectors/compare/points';
import type { Region } from '../../data/schema/enums';
import { ChartKey } from '../../ui/chart/ChartKey';
import { lazyRetry } from '../../ui/lazyRetry';
import { useDataset } from '../../ui/useDataset';
import { PointDetails } from './chart/PointDetails';
import { usePanelWords } from './panelWords';
import type { PanelLook } from './usePanelLook';
import { ChartSuspense } from '../../ui/chart/ChartSuspense';
import { PlotLoading } from '../../ui/chart/PlotLoading';

type PointEntries = ReturnType<typeof pointsAt>;

const CompareChart = lazyRetry(() => import('./chart/CompareChart'));

/** A point of a chart: a year, and on a bar chart the region. */
export interface ChartPoint {
  year: number;
  region?: Region;
}

/** A point's tooltip: the only part of a panel's chart that words with the panel words itself. */
function PanelTooltip({
  x,
  entries,
  xTick,
}: {
  x: ChartX;
  entries: PointEntries;
  xTick(year: number): string;
}) {
  const { t } = usePanelWords();
  const dataset = useDataset();
  return (
    <div className="compare-tooltip">
      <p className="compare-tooltip__title">{typeof x === 'number' ? xTick(x) : t(`regions:region.${x}`)}</p>
      <PointDetails entries={entries} sources={dataset.sources} />
      <p className="compare-tooltip__hint">{t('tooltip.hint')}</p>
    </div>
  );
}

/**
 * One panel's chart: its axis title, plot, key and tooltip, and what a click or Enter on a point
 * selects. It reads no context of its own (the tooltip does, when shown): rendered again only when its
 * props change, so a frame can keep an off-screen chart as it was drawn (DrawnWhenNear).
 */
export function PanelChart({
  panel,
  look,
  onSelect,
  paused,
}: {
  panel: PanelModel;
  look: PanelLook;
  onSelect(point: ChartPoint): void;
  paused: boolean;
}) {
  const { chart, lines } = panel;
  // A bar chart's year, or none: the point's maker (so the chart's click handler) stays the same while
  // the lines change.
  const barYear = chart.kind === 'bars' ? chart.year : null;
  const pointAt = useCallback(
    (x: ChartX): ChartPoint =>
      barYear === null ? { year: Number(x) } : { year: barYear, region: x as Region },
    [barYear],
  );
  const tooltip = (x: ChartX) => {
    const at = pointAt(x);
    const entries = pointsAt(lines, at.year, at.region);
    if (entries.length === 0) return null;
    return <PanelTooltip x={x} entries={entries} xTick={look.look.xTick} />;
  };
  const select = useCallback((x: ChartX) => onSelect(pointAt(x)), [onSelect, pointAt]);
  return (
    <>
      <p className="chart-axis-title">{look.axisTitle}</p>
      <ChartSuspense fallback={<PlotLoading />}>
        <CompareChart chart={chart} look={look.look} tooltip={tooltip} onSelect={select} paused={paused} />
      </ChartSuspense>
      <ChartKey {...look.key} />
    </>
  );
}
