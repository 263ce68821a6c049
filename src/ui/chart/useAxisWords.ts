import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorKind } from '../../data/schema/enums';
import { numberFormat } from '../../i18n/format/intlCache';
import { useFormat } from '../../i18n/useFormat';
import { tickLabel, valueAxis, valueLabel, type AxisOptions, type ValueAxis } from './axis';
import { isMagnitudeSystem, type MagnitudeSystem } from './magnitude';

const MAGNITUDE_KEY = {
  3: 'units:magnitude.e3',
  4: 'units:magnitude.e4',
  6: 'units:magnitude.e6',
  8: 'units:magnitude.e8',
  9: 'units:magnitude.e9',
  12: 'units:magnitude.e12',
} as const;

/** What an axis measures, beyond its unit: a share and a growth rate are both percent. */
export type AxisKind = IndicatorKind | 'index';

/**
 * Axis wording in the reader's language: the magnitude system (thousands or myriads), the axis title
 * with its magnitude word ("CNY trillion", "万亿元") and short tick labels.
 */
export function useAxisWords() {
  const { t } = useTranslation(['units']);
  const format = useFormat();
  const lng = format.lng;
  const raw = t('units:magnitudeSystem');
  const system: MagnitudeSystem = isMagnitudeSystem(raw) ? raw : 'short';

  const title = useCallback(
    (axis: ValueAxis, kind: AxisKind, base?: number | null): string => {
      const magnitude =
        axis.exponent in MAGNITUDE_KEY ? t(MAGNITUDE_KEY[axis.exponent as keyof typeof MAGNITUDE_KEY]) : null;
      switch (axis.unit) {
        case 'CNY billion':
          return magnitude ? t('units:axis.cny', { magnitude }) : t('units:axis.cnyPlain');
        case 'USD billion':
          return magnitude ? t('units:axis.usd', { magnitude }) : t('units:axis.usdPlain');
        case 'count':
          return magnitude ? t('units:axis.count', { magnitude }) : t('units:axis.countPlain');
        case '%':
          return kind === 'share'
            ? t('units:axis.share')
            : kind === 'growth'
              ? t('units:axis.growth')
              : kind === 'change'
                ? t('units:axis.change')
                : t('units:axis.pct');
        case 'pp':
          return t('units:axis.pp');
        case 'fraction':
          return t('units:axis.fraction');
        case '‰':
          return t('units:axis.permille');
        case 'km2':
          return t('units:axis.km2');
        case 'index':
          return base ? t('units:axis.index', { year: format.year(base) }) : t('units:axis.indexNoBase');
      }
    },
    [t, format],
  );

  const axis = useCallback(
    (values: readonly number[], unit: ValueAxis['unit'], options: Omit<AxisOptions, 'system'> = {}) =>
      valueAxis(values, unit, { ...options, system }),
    [system],
  );
  const tick = useCallback((value: number, a: ValueAxis) => tickLabel(value, a, lng), [lng]);
  /** A figure on the axis's scale with all its digits: what a label on a bar says. */
  const value = useCallback((v: number, a: ValueAxis) => valueLabel(v, a, lng), [lng]);
  /** A year on an axis: digits only ("2006"), the axis says they are years. */
  const yearTick = useCallback(
    (year: number) => numberFormat(lng, { useGrouping: false }).format(year),
    [lng],
  );
  return useMemo(
    () => ({ system, title, axis, tick, value, yearTick }),
    [system, title, axis, tick, value, yearTick],
  );
}
