import { usePlotArea, useXAxisScale } from 'recharts';

/**
 * The playhead's year as a band over the plot. Drawn from the chart's scale rather than as a
 * <ReferenceArea>: a reference area is registered in the chart's state, so moving it every tick made
 * Recharts recompute every axis and series; this only moves a rectangle.
 */
export function PlayheadBand({ year }: { year: number }) {
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (!scale || !area) return null;
  const from = Number(scale(year));
  const to = Number(scale(year + 1));
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  // Clipped to the plot, as the axis domain ends half a year after the last year.
  const left = Math.max(area.x, Math.min(from, to));
  const right = Math.min(area.x + area.width, Math.max(from, to));
  if (right <= left) return null;
  return (
    <rect
      className="growth-playhead"
      x={left}
      y={area.y}
      width={right - left}
      height={area.height}
      fill="var(--chart-5)"
      fillOpacity={0.18}
    />
  );
}
