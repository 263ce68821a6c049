import type { IndicatorKind, Unit } from './enums';

/**
 * What a figure can plausibly be, per unit: beside the schema so the data check rejects the impossible
 * (a negative count, a share of 400 %) and keeps the merely surprising. Ranges are generous on purpose:
 * China's GDP is about 130,000 billion yuan, so a zone total of a million billion is a typo, not news.
 */
export interface Bounds {
  min: number;
  max: number;
}

const LEVEL: Record<Unit, Bounds> = {
  'CNY billion': { min: 0, max: 1_000_000 },
  'USD billion': { min: 0, max: 200_000 },
  count: { min: 0, max: 10_000_000 },
  '%': { min: 0, max: 100 },
  pp: { min: -100, max: 100 },
  fraction: { min: 0, max: 1 },
  '‰': { min: 0, max: 1000 },
  km2: { min: 0, max: 10_000_000 },
};

/** A published growth rate or change may be negative, and a young zone's may be several hundred per cent. */
const CHANGE: Bounds = { min: -100, max: 1000 };

export function plausibleRange(unit: Unit, kind: IndicatorKind): Bounds {
  return unit === '%' && (kind === 'growth' || kind === 'change') ? CHANGE : LEVEL[unit];
}

/** Null when the value is plausible, else why not, in the words the data check prints. */
export function implausible(value: number, unit: Unit, kind: IndicatorKind): string | null {
  const { min, max } = plausibleRange(unit, kind);
  if (!Number.isFinite(value)) return 'is not a finite number';
  if (value < min || value > max)
    return `${value} ${unit} is outside the plausible range ${min} to ${max} for a ${kind} figure in ${unit}`;
  return null;
}
