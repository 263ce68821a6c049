import type { ValueAxis } from './axis';
import { textWidth } from './text';
import { yearTicks } from './ticks';
import type { ChartSizes } from './usePlotBox';

/**
 * A tick label's own props. Recharts hands each tick label the axis's width, and a text given a width is
 * measured word by word in a hidden element of the page (to wrap it), each measure a forced layout. Our
 * axes are as wide as their longest label (values) or spread labels by their estimated width (years), so
 * nothing wraps: without a width nothing is measured.
 */
export const tickText = (sizes: ChartSizes) => ({ fontSize: sizes.font, width: undefined });

/**
 * Props for a Recharts value axis drawn the same way in every chart: nice ticks as short numbers,
 * no axis line (the grid carries the values), wide enough for its longest label.
 */
export function valueAxisProps(axis: ValueAxis, tick: (value: number) => string, sizes: ChartSizes) {
  return {
    type: 'number' as const,
    domain: axis.domain,
    ticks: axis.ticks,
    interval: 0 as const,
    allowDataOverflow: true,
    tickFormatter: tick,
    width: Math.ceil(Math.max(...axis.ticks.map((t) => textWidth(tick(t), sizes.font)))) + 10,
    tick: tickText(sizes),
    axisLine: false,
    tickLine: false,
  };
}

/**
 * Props for a continuous axis of years (dates as decimal years): ticks on round years, as many as fit
 * `plotWidth`, and half a year of air at both ends so no mark sits on the value axis.
 */
export function yearAxisProps(
  from: number,
  to: number,
  plotWidth: number,
  yearTick: (year: number) => string,
  sizes: ChartSizes,
) {
  const room = plotWidth / (textWidth(yearTick(to), sizes.font) + sizes.font * 3);
  return {
    type: 'number' as const,
    domain: [from - 0.5, to + 0.5],
    ticks: yearTicks(Math.ceil(from), Math.floor(to), room),
    interval: 0 as const,
    allowDecimals: false,
    tickFormatter: (v: number) => yearTick(Math.round(v)),
    tick: tickText(sizes),
    tickSize: 4,
  };
}
