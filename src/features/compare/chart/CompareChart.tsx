import { useCallback, type ReactNode } from 'react';
import type { ChartModel, ChartX } from '../../../data/selectors/compare/charts';
import type { Region } from '../../../data/schema/enums';
import { usePlotBox } from '../../../ui/chart/usePlotBox';
import { BarPlot } from './BarPlot';
import type { ChartLook } from './chartText';
import { LinePlot } from './LinePlot';
import { ActiveReporter, useChartKeyboard } from './useChartKeyboard';

interface CompareChartProps {
  /** What to draw, from the selector. */
  chart: ChartModel;
  /** How to draw and word it, from the container. */
  look: ChartLook;
  /** The tooltip at an x value; null where there is nothing to show. */
  tooltip(x: ChartX): ReactNode;
  /** A click, Enter or Space on the point at an x value. */
  onSelect(x: ChartX): void;
  /** A dialog shows the selected point: the hover tooltip must not stay drawn over the page. */
  paused?: boolean;
}

/** One small multiple's plot: draws the rows it is given at the size its box has. */
export default function CompareChart({ chart, look, tooltip, onSelect, paused = false }: CompareChartProps) {
  const xOf = (label: unknown): ChartX => (chart.kind === 'line' ? Number(label) : (String(label) as Region));
  const { ref, report } = useChartKeyboard((label) => onSelect(xOf(label)));
  const box = usePlotBox(ref);
  const tip = (label: unknown) => {
    const body = paused ? null : tooltip(xOf(label));
    return body ? (
      <>
        {body}
        <ActiveReporter label={label} onActive={report} />
      </>
    ) : null;
  };
  const { kind } = chart;
  // Kept while the chart's kind and the container's handler are: the line chart's shell is not redrawn.
  const select = useCallback(
    (label: unknown) => onSelect(kind === 'line' ? Number(label) : (String(label) as Region)),
    [kind, onSelect],
  );
  return (
    <div className="chart-plot" ref={ref}>
      {chart.kind === 'line' ? (
        <LinePlot chart={chart} look={look} box={box} tooltip={tip} onSelect={select} />
      ) : (
        <BarPlot chart={chart} look={look} box={box} tooltip={tip} onSelect={select} />
      )}
    </div>
  );
}
