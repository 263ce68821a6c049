import type { TFunction } from 'i18next';
import type { StatedNumber } from '../../data/model';
import type { Qualifier, Unit } from '../../data/schema/enums';
import { numberFormat } from './intlCache';

/**
 * Figures through Intl and the `units` namespace: "15.7万亿元" / "CNY 15.7 trillion".
 * Stated figures keep every digit the source gave (up to 15 significant digits), so a display
 * never rounds a figure into shape; axis ticks use `precision: 'axis'`.
 */
export type Precision = 'stated' | 'axis' | 'derived';

const DIGITS: Record<Precision, Intl.NumberFormatOptions> = {
  stated: { maximumSignificantDigits: 15 },
  axis: { maximumSignificantDigits: 3 },
  derived: { maximumFractionDigits: 1 },
};

const SCALE: Partial<Record<Unit, number>> = { 'CNY billion': 1e9, 'USD billion': 1e9 };

const QUALIFIER_KEY = { '≈': 'approx', '>': 'gt', '<': 'lt' } as const satisfies Record<
  Exclude<Qualifier, ''>,
  string
>;

/** A t function that reads the units namespace: what the formatters word amounts, periods and qualifiers with. */
export type UnitsT = TFunction<['units']>;

function number(lng: string, value: number, options: Intl.NumberFormatOptions): string {
  return numberFormat(lng, options).format(value);
}

/** A plain number in the language's digits and grouping. */
export function formatNumber(value: number, lng: string, precision: Precision = 'stated'): string {
  return number(lng, value, DIGITS[precision]);
}

/**
 * The language a units text came from. A partial language without its own wording of an amount shows
 * the fallback language's, and the number inside must read the same way: "CNY 16.9 trillion", never
 * "CNY 16.9兆".
 */
function wordingLanguage(t: UnitsT, key: UnitsKey, lng: string): string {
  const used = t(key, { returnDetails: true }).usedLng;
  return typeof used === 'string' && used !== 'cimode' ? used : lng;
}

type UnitsKey =
  'units:money.cny' | 'units:money.usd' | 'units:count' | 'units:pp' | 'units:permille' | 'units:km2';

/** A value in its dataset unit, worded per language. */
export function formatAmount(
  value: number,
  unit: Unit,
  lng: string,
  t: UnitsT,
  precision: Precision = 'stated',
): string {
  const digits = DIGITS[precision];
  const worded = (key: UnitsKey, options: Intl.NumberFormatOptions) =>
    t(key, { amount: number(wordingLanguage(t, key, lng), value * (SCALE[unit] ?? 1), options) });
  switch (unit) {
    case 'CNY billion':
    case 'USD billion':
      return worded(unit === 'CNY billion' ? 'units:money.cny' : 'units:money.usd', {
        notation: 'compact',
        compactDisplay: 'long',
        ...digits,
      });
    case '%':
      return number(lng, value / 100, { style: 'percent', ...digits });
    case 'count': {
      const compact = t('units:countNotation') === 'compact' && Math.abs(value) >= 10000;
      return worded('units:count', compact ? { notation: 'compact', ...digits } : digits);
    }
    case 'pp':
      return worded('units:pp', { signDisplay: 'exceptZero', ...digits });
    case '‰':
      return worded('units:permille', digits);
    case 'km2':
      return worded('units:km2', digits);
    case 'fraction':
      return number(lng, value, { style: 'percent', ...digits });
  }
}

/** A figure as stated, qualifier included: ">8.5万", "≈1/4", "CNY 15.7 trillion". */
export function formatStated(figure: StatedNumber, lng: string, t: UnitsT): string {
  const body = figure.fraction
    ? t('units:fraction', {
        num: formatNumber(figure.fraction[0], lng),
        den: formatNumber(figure.fraction[1], lng),
      })
    : formatAmount(figure.value, figure.unit, lng, t);
  return qualify(figure.qualifier, body, t);
}

/** Words for a figure with its qualifier around them (">8.5万", "约1/4"); an exact figure's words as they are. */
export function qualify(qualifier: Qualifier, body: string, t: UnitsT): string {
  return qualifier === '' ? body : t(`units:qualifier.${QUALIFIER_KEY[qualifier]}`, { value: body });
}

/** The words for a qualifier, for tooltips and screen readers ("more than", "about"). */
export function qualifierWords(qualifier: Qualifier, t: UnitsT): string {
  return qualifier === ''
    ? t('units:qualifierWords.exact')
    : t(`units:qualifierWords.${QUALIFIER_KEY[qualifier]}`);
}
