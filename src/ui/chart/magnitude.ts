/**
 * Which power of ten an axis counts in, per language: English groups digits by thousands (thousand,
 * million, billion, trillion), Chinese by myriads (万, 亿, 万亿). The word goes into the axis title
 * once ("CNY trillion", "万亿元") and the ticks are short numbers. Pure.
 */
export type MagnitudeSystem = 'short' | 'myriad';

export const MAGNITUDE_EXPONENTS: Readonly<Record<MagnitudeSystem, readonly number[]>> = {
  short: [0, 3, 6, 9, 12],
  myriad: [0, 4, 8, 12],
};

export function isMagnitudeSystem(value: unknown): value is MagnitudeSystem {
  return value === 'short' || value === 'myriad';
}

/**
 * The largest exponent of the system whose unit the axis top reaches at least once: an axis up to
 * 20 trillion counts in trillions, one up to 50 billion in billions (en) or 亿 (zh: 500亿).
 * `top` is in base units (yuan, dollars, items).
 */
export function chooseExponent(top: number, system: MagnitudeSystem): number {
  const exponents = MAGNITUDE_EXPONENTS[system];
  const size = Math.abs(top);
  let chosen = exponents[0] ?? 0;
  for (const e of exponents) if (size >= 10 ** e * (1 - 1e-9)) chosen = e;
  return chosen;
}

/** Value in a dataset unit to base units: the dataset keeps money in billions. */
export const UNIT_EXPONENT = { 'CNY billion': 9, 'USD billion': 9, count: 0 } as const;
export type ScaledUnit = keyof typeof UNIT_EXPONENT;

export function isScaledUnit(unit: string): unit is ScaledUnit {
  return unit in UNIT_EXPONENT;
}

export interface AxisMagnitude {
  /** The power of ten the axis counts in (0: as is). */
  exponent: number;
  /** What a value in the dataset unit is multiplied by to read on the axis. */
  factor: number;
}

/** How an axis in `unit` whose top is `top` (in the dataset unit) counts, in a language's system. */
export function axisMagnitude(unit: ScaledUnit, top: number, system: MagnitudeSystem): AxisMagnitude {
  const base = UNIT_EXPONENT[unit];
  const exponent = chooseExponent(top * 10 ** base, system);
  return { exponent, factor: 10 ** (base - exponent) };
}
