import type { Shape } from './series';

interface MarkProps {
  cx: number;
  cy: number;
  shape: Shape;
  color: string;
  /** A figure that is not exact (≈, >, <) is hollow. */
  hollow?: boolean;
  /** Half the mark's width, px. */
  size: number;
  strokeWidth?: number;
}

/**
 * A mark of a line: filled when exact, hollow when approximate or a bound. A thin ring in the surface
 * colour around it keeps a mark readable where it crosses another line.
 */
export function Mark({ cx, cy, shape, color, hollow = false, size, strokeWidth = 2 }: MarkProps) {
  const s = size;
  const paint = { fill: hollow ? 'var(--surface)' : color, stroke: color, strokeWidth };
  const halo = { fill: 'none', stroke: 'var(--surface)', strokeWidth: strokeWidth + 2 };
  const geometry = (props: object) => {
    switch (shape) {
      case 'circle':
        return <circle cx={cx} cy={cy} r={s} {...props} />;
      case 'square':
        return <rect x={cx - s * 0.9} y={cy - s * 0.9} width={1.8 * s} height={1.8 * s} {...props} />;
      case 'triangle':
        return (
          <polygon
            points={`${cx},${cy - s * 1.15} ${cx + s * 1.1},${cy + s * 0.8} ${cx - s * 1.1},${cy + s * 0.8}`}
            {...props}
          />
        );
      case 'diamond':
        return (
          <polygon
            points={`${cx},${cy - s * 1.2} ${cx + s * 1.2},${cy} ${cx},${cy + s * 1.2} ${cx - s * 1.2},${cy}`}
            {...props}
          />
        );
    }
  };
  return (
    <g className="chart-mark">
      {geometry(halo)}
      {geometry(paint)}
    </g>
  );
}
