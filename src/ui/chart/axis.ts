import type { Unit } from '../../data/schema/enums';
import { numberFormat } from '../../i18n/format/intlCache';
import { axisMagnitude, isScaledUnit, type MagnitudeSystem } from './magnitude';
import { niceScale, stepDecimals, type NiceScale } from './ticks';

/** A value axis as drawn: its nice domain and ticks, the power of ten it counts in, its tick precision. */
export interface ValueAxis extends NiceScale {
  unit: Unit | 'index';
  /** The power of ten the magnitude word names (0: none). */
  exponent: number;
  /** Multiplies a value in the dataset unit into what a tick reads. */
  factor: number;
  /** Decimal places every tick shows. */
  decimals: number;
}

export interface AxisOptions {
  system: MagnitudeSystem;
  intervals?: number;
  /** Room above the highest value, as a share of the axis (labels over bars). */
  headroom?: number;
}

/**
 * The y axis for values in `unit`. Amounts, counts and rates start at zero; an index does not, and keeps
 * a step under its lowest value. An empty list draws an axis of 0–1.
 */
export function valueAxis(values: readonly number[], unit: Unit | 'index', options: AxisOptions): ValueAxis {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 1;
  const scale = niceScale(min, max, {
    zero: unit !== 'index',
    intervals: options.intervals ?? 5,
    headroom: options.headroom ?? 0,
  });
  const top = Math.max(Math.abs(scale.domain[0]), Math.abs(scale.domain[1]));
  const { exponent, factor } = isScaledUnit(unit)
    ? axisMagnitude(unit, top, options.system)
    : { exponent: 0, factor: unit === 'fraction' ? 100 : 1 };
  return { ...scale, unit, exponent, factor, decimals: stepDecimals(scale.step * factor) };
}

/**
 * A tick as a short number on one line, in the language's digits: "15", "2.5", "25%". The unit and its
 * magnitude are in the axis title, never repeated on every tick.
 */
export function tickLabel(value: number, axis: ValueAxis, lng: string): string {
  const digits = { maximumFractionDigits: axis.decimals, minimumFractionDigits: 0 };
  if (axis.unit === '%' || axis.unit === 'fraction')
    return numberFormat(lng, { style: 'percent', ...digits }).format((value * axis.factor) / 100);
  return numberFormat(lng, digits).format(value * axis.factor);
}

/**
 * A figure in the axis's magnitude with every digit its source gave ("15.7" on a trillions axis):
 * labels on bars never round a figure into shape. Floating-point noise from the scaling is dropped.
 */
export function valueLabel(value: number, axis: ValueAxis, lng: string): string {
  const scaled = value * axis.factor;
  // An index is computed here, not stated: one decimal, as the table shows it.
  const options: Intl.NumberFormatOptions =
    axis.unit === 'index' ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: 12 };
  if (axis.unit === '%' || axis.unit === 'fraction')
    return numberFormat(lng, { style: 'percent', ...options }).format(scaled / 100);
  return numberFormat(lng, options).format(scaled);
}
