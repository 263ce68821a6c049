import type { ReactNode } from 'react';
import type { Qualifier } from '../../../data/schema/enums';
import { qualifierKey, seriesKey, type ChartRow } from '../../../data/selectors/compare/panels';
import { BAR_FILL_OPACITY, type SeriesId } from '../../../ui/chart/series';
import { labelFitsBar, textWidth } from '../../../ui/chart/text';
import type { ChartSizes } from '../../../ui/chart/usePlotBox';
import type { PlotProps } from './chartText';

/** Space around the plot: room at the top for the highest tick label, at the right for the last mark. */
export const plotMargin = (sizes: ChartSizes) => ({
  top: Math.ceil(sizes.font * 0.75),
  right: Math.ceil(sizes.marker * 2 + 8),
  bottom: 4,
  left: 4,
});

/** What both plots set on their Recharts chart: margin, accessible name and the click on a point. */
export const chartProps = ({
  look,
  onSelect,
  box,
}: Pick<PlotProps<unknown>, 'look' | 'onSelect' | 'box'>) => ({
  margin: plotMargin(box.sizes),
  title: look.title,
  desc: look.desc,
  onClick: (s: { activeLabel?: unknown }) => {
    if (s.activeLabel !== undefined) onSelect(s.activeLabel);
  },
});

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

/** Where a bar stands in its indicator's group: its slot, every slot's key, the gap between bars. */
export interface BarPlace {
  keys: readonly string[];
  gap: number;
}

/**
 * Bars of approximate or bound figures are hollow with a dashed edge; the fill's strength names the
 * publication series of each figure (the row says which), as the chart's key shows. A region with
 * fewer figures than its group has slots stands them in the group's middle, over the region's name,
 * with each value over its own bar.
 */
export const barShape = (
  color: string,
  key: string,
  stroke: number,
  place: BarPlace,
  Value: (props: { x: number; y: number; width: number; value: string | undefined }) => ReactNode,
  label: (row: ChartRow) => string | undefined,
) =>
  function PlotBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
    const hollow = (payload?.[qualifierKey(key)] ?? '') !== '';
    const opacity = BAR_FILL_OPACITY[payload?.[seriesKey(key)] as SeriesId] ?? 1;
    const filled = place.keys.filter((k) => typeof payload?.[k] === 'number').length;
    const shift = filled > 0 ? ((place.keys.length - filled) * (width + place.gap)) / 2 : 0;
    return (
      <g>
        <rect
          x={x + shift}
          y={y}
          width={width}
          height={height}
          fill={hollow ? 'var(--surface)' : color}
          fillOpacity={hollow ? 1 : opacity}
          stroke={color}
          strokeWidth={stroke}
          strokeDasharray={hollow ? `${stroke * 2.5} ${stroke * 1.5}` : undefined}
        />
        {payload && <Value x={x + shift} y={y} width={width} value={label(payload)} />}
      </g>
    );
  };

/** The direct label of the figure under `key`, through the container's format. */
export const barLabel =
  (key: string, format: (value: number, qualifier: Qualifier) => string) => (row: ChartRow) => {
    const value = row[key];
    return typeof value === 'number' ? format(value, (row[qualifierKey(key)] ?? '') as Qualifier) : undefined;
  };

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  value?: unknown;
}

/**
 * A value over its bar, drawn only where it fits: no wider than the bar and its gap (so neighbours
 * never overlap) and not above the plot. A value left out is in the tooltip, the table and the summary.
 */
export const BarValue = (sizes: ChartSizes, gap: number, plotTop: number) =>
  function BarValueLabel({ x, y, width, value }: LabelProps) {
    if (typeof value !== 'string' || value === '') return null;
    const [left, top, w] = [Number(x), Number(y), Number(width)];
    const label = { width: textWidth(value, sizes.font), height: sizes.font + 3 };
    if (!labelFitsBar(label, { width: w, gap, top }, plotTop)) return null;
    return (
      <text
        className="chart-bar-value"
        x={left + w / 2}
        y={top - 4}
        textAnchor="middle"
        fontSize={sizes.font}
        fill="var(--text)"
      >
        {value}
      </text>
    );
  };

/** A key the look has no colour for (never expected): drawn in the text colour rather than not at all. */
export const FALLBACK_COLOR = 'var(--text)';
