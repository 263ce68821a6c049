import type { ValueAxis } from './axis';
import { textWidth } from './text';
import { yearTicks } from './ticks';
import type { ChartSizes } from './usePlotBox';

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
    tick: { fontSize: sizes.font },
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
    tick: { fontSize: sizes.font },
    tickSize: 4,
  };
}
