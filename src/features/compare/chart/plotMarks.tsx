import type { Qualifier } from '../../../data/schema/enums';
import { qualifierKey, type ChartRow } from '../../../data/selectors/compare/panels';
import type { PlotProps } from './chartText';
import { Mark, type Shape } from './marks';

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };

/** What both plots set on their Recharts chart: margin, accessible name and the click on a point. */
export const chartProps = ({ text, onSelect }: Pick<PlotProps<unknown>, 'text' | 'onSelect'>) => ({
  margin: MARGIN,
  title: text.title,
  desc: text.desc,
  onClick: (s: { activeLabel?: unknown }) => {
    if (s.activeLabel !== undefined) onSelect(s.activeLabel);
  },
});

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

/** A line's mark for the figure under `key`; nothing where the row has none. */
export const dot = (shape: Shape, color: string, key: string) =>
  function PlotDot({ cx, cy, payload }: DotProps) {
    if (
      cx === undefined ||
      cy === undefined ||
      !payload ||
      payload[key] === null ||
      payload[key] === undefined
    )
      return <g />;
    return (
      <Mark
        cx={cx}
        cy={cy}
        shape={shape}
        color={color}
        qualifier={(payload[qualifierKey(key)] ?? '') as Qualifier}
      />
    );
  };

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

/** Bars of approximate or bound figures are hollow and dashed. */
export const barShape = (color: string, key: string) =>
  function PlotBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
    const hollow = (payload?.[qualifierKey(key)] ?? '') !== '';
    return (
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={hollow ? 'var(--surface)' : color}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={hollow ? '5 3' : undefined}
      />
    );
  };

/** The direct label of the figure under `key`, through the container's format. */
export const barLabel =
  (key: string, format: (value: number, qualifier: Qualifier) => string) => (row: ChartRow) => {
    const value = row[key];
    return typeof value === 'number' ? format(value, (row[qualifierKey(key)] ?? '') as Qualifier) : undefined;
  };
