import type { Qualifier } from '../../../data/schema/enums';

/** Shapes tell lines apart without colour; hollow marks are figures that are not exact (≈, >, <). */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

export const lineColor = (i: number) => `var(--chart-${(i % 5) + 1})`;
export const lineShape = (i: number): Shape => SHAPES[i % SHAPES.length] as Shape;
/** Publication series are told apart by dash pattern as well as by the legend. */
export const SERIES_DASH = { statistics: undefined, assessment: '7 3', other: '2 3' } as const;

export function Mark({
  cx,
  cy,
  shape,
  color,
  qualifier,
  size = 5,
}: {
  cx: number;
  cy: number;
  shape: Shape;
  color: string;
  qualifier: Qualifier;
  size?: number;
}) {
  const hollow = qualifier !== '';
  const paint = { fill: hollow ? 'var(--surface)' : color, stroke: color, strokeWidth: 2 };
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={s} {...paint} />;
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...paint} />;
    case 'triangle':
      return (
        <polygon points={`${cx},${cy - s - 1} ${cx + s + 1},${cy + s} ${cx - s - 1},${cy + s}`} {...paint} />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - s - 1} ${cx + s + 1},${cy} ${cx},${cy + s + 1} ${cx - s - 1},${cy}`}
          {...paint}
        />
      );
  }
}
