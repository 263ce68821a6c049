import { memo, useId } from 'react';
import { Curve, DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { ChartRow } from '../../../data/selectors/compare/panels';

/** One line's path: its figures under `key`, broken where a year has none. */
export interface CurvedKey {
  key: string;
  color: string;
  /** The publication series' dash, or none for a solid line. */
  dash: string | undefined;
  /** The line's rows, one per year of the chart in the chart's order. */
  rows: readonly ChartRow[];
}

/**
 * Every line's path in one layer, where Recharts draws its lines (under the marks), clipped to the plot
 * as Recharts clips a line when the value axis may cut figures off. Recharts keys a <Line>'s curve by an
 * animation id that changes whenever its points move, so a region toggle (a new scale) removed each
 * path of every panel and made it anew with its clip path, label list and animation wrappers; here a
 * moved path only gets a new `d`. The <Line>s stay, hidden, for the axes' years and the tooltip.
 */
export const LineCurves = memo(function LineCurves({
  curves,
  strokeWidth,
}: {
  curves: readonly CurvedKey[];
  strokeWidth: number;
}) {
  const clip = `curves-${useId().replace(/:/g, '')}`;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <defs>
        <clipPath id={clip}>
          <rect x={area.x} y={area.y} width={area.width} height={area.height} />
        </clipPath>
      </defs>
      <g className="chart-curves" clipPath={`url(#${clip})`}>
        {curves.map(({ key, color, dash, rows }) => (
          <g key={key} className="recharts-layer recharts-line chart-line">
            <Curve
              className="recharts-line-curve"
              type="linear"
              connectNulls={false}
              fill="none"
              stroke={color}
              strokeWidth={strokeWidth}
              strokeDasharray={dash}
              points={rows.map((row) => {
                const value = row[key];
                return {
                  x: x(row.year) ?? null,
                  y: typeof value === 'number' ? (y(value) ?? null) : null,
                };
              })}
            />
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
});
