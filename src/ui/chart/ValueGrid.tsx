import { memo } from 'react';
import { CartesianGrid, type CartesianGridProps } from 'recharts';

type Generator = NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>;

/**
 * Where the horizontal lines go: at the value axis's own ticks, plus the plot's top and bottom edges (as
 * Recharts' own rule places them). Recharts' rule runs its tick-thinning pass first, which on a chart's
 * first render (before the axes have registered, so on a stand-in axis of eighteen index ticks) measures
 * every label in a hidden element of the page, one forced layout each: a sixth of the first chart's
 * mount (Lighthouse, mobile). Our axes choose their ticks themselves, so there is nothing to thin.
 */
export const atValueTicks: Generator = ({ yAxis, offset }) => {
  const ticks = yAxis?.ticks;
  const scale = yAxis?.scale;
  if (!ticks || !scale) return [];
  const lines = ticks
    .map((tick) => scale.map(tick))
    .filter((y): y is number => typeof y === 'number' && Number.isFinite(y));
  const top = offset.top;
  const bottom = offset.top + offset.height;
  if (!lines.includes(top)) lines.push(top);
  if (!lines.includes(bottom)) lines.push(bottom);
  return lines;
};

/** No vertical lines are drawn, so none are placed (the same thinning pass, on the year axis). */
const noLines = (): number[] => [];

/**
 * The grid of a chart with a value axis: horizontal lines only, at the value ticks. It has no props that
 * change, so it stays out of the plot's renders (a language switch re-renders the plot for its axes' words).
 */
export const ValueGrid = memo(function ValueGrid() {
  return (
    <CartesianGrid
      vertical={false}
      className="chart-grid"
      horizontalCoordinatesGenerator={atValueTicks}
      verticalCoordinatesGenerator={noLines}
    />
  );
});
