import { memo } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { qualifierKey, type ChartRow } from '../../../data/selectors/compare/panels';
import { Mark } from '../../../ui/chart/Mark';
import type { Shape } from '../../../ui/chart/series';
import type { ChartSizes } from '../../../ui/chart/usePlotBox';

/** The marks of one data key: a line's figures, or one slot of its disputed years' figures. */
export interface MarkedKey {
  key: string;
  shape: Shape;
  color: string;
  /** The line's rows, one per year of the chart in the chart's order. */
  rows: readonly ChartRow[];
  /** Sideways offsets (in mark widths) by row, for marks that would sit on another line's mark. */
  offsets: ReadonlyMap<number, number>;
}

/**
 * Every line's marks in one layer, where Recharts draws a line's dots (above the lines and axes).
 * Recharts draws its dots inside each line's animation, which it mounts anew whenever the line's
 * points move — a language switch re-measures the axes, a region changes the scale — so every mark was
 * removed, created again and re-registered with the chart's store. Here a moved mark is only moved.
 * Nothing where a row has no figure under the key; approximate figures and bounds are hollow.
 */
export const LineMarks = memo(function LineMarks({
  marks,
  sizes,
}: {
  marks: readonly MarkedKey[];
  sizes: ChartSizes;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const step = sizes.marker * 2 + 1;
  const strokeWidth = Math.max(1.5, sizes.stroke * 0.9);
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="chart-marks">
        {marks.flatMap(({ key, shape, color, rows, offsets }) =>
          rows.flatMap((row, i) => {
            const value = row[key];
            const cx = x(row.year);
            const cy = typeof value === 'number' ? y(value) : undefined;
            if (cx === undefined || cy === undefined) return [];
            return [
              <Mark
                key={`${key}@${row.year}`}
                cx={cx + (offsets.get(i) ?? 0) * step}
                cy={cy}
                shape={shape}
                color={color}
                size={sizes.marker}
                strokeWidth={strokeWidth}
                hollow={(row[qualifierKey(key)] ?? '') !== ''}
              />,
            ];
          }),
        )}
      </g>
    </ZIndexLayer>
  );
});
