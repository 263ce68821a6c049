import type { ReactNode } from 'react';
import type { ChartModel, ChartX } from '../../../data/selectors/compare/charts';
import type { Region } from '../../../data/schema/enums';
import { BarPlot } from './BarPlot';
import type { ChartText } from './chartText';
import { LegendList, type LegendEntry } from './LegendList';
import { LinePlot } from './LinePlot';
import { lineColor, lineShape, SERIES_DASH } from './marks';
import { ActiveReporter, useChartKeyboard } from './useChartKeyboard';

interface CompareChartProps {
  /** What to draw, from the selector. */
  chart: ChartModel;
  /** How to word and format it, from the container. */
  text: ChartText;
  /** The tooltip at an x value; null where there is nothing to show. */
  tooltip(x: ChartX): ReactNode;
  /** A click, Enter or Space on the point at an x value. */
  onSelect(x: ChartX): void;
  /** A dialog shows the selected point: the hover tooltip must not stay drawn over the page. */
  paused?: boolean;
}

function legendOf(chart: ChartModel, names: ChartText['names']): LegendEntry[] {
  if (chart.kind === 'bars')
    return chart.bars.map((b, i) => ({
      key: b.key,
      label: names[b.key] ?? '',
      color: lineColor(i),
      shape: 'bar',
    }));
  return chart.lines.map(({ line, dataKey }, i) => ({
    key: dataKey,
    label: names[dataKey] ?? '',
    color: lineColor(i),
    shape: lineShape(i),
    dash: SERIES_DASH[line.series],
  }));
}

/** One small multiple: draws the rows it is given, with its key as a list under the plot. */
export default function CompareChart({ chart, text, tooltip, onSelect, paused = false }: CompareChartProps) {
  const xOf = (label: unknown): ChartX => (chart.kind === 'line' ? Number(label) : (String(label) as Region));
  const { ref, report } = useChartKeyboard((label) => onSelect(xOf(label)));
  const tip = (label: unknown) => {
    const body = paused ? null : tooltip(xOf(label));
    return body ? (
      <>
        {body}
        <ActiveReporter label={label} onActive={report} />
      </>
    ) : null;
  };
  const select = (label: unknown) => onSelect(xOf(label));
  return (
    <>
      <div className="chart-plot" ref={ref}>
        {chart.kind === 'line' ? (
          <LinePlot chart={chart} text={text} tooltip={tip} onSelect={select} />
        ) : (
          <BarPlot chart={chart} text={text} tooltip={tip} onSelect={select} />
        )}
      </div>
      <LegendList entries={legendOf(chart, text.names)} />
    </>
  );
}
