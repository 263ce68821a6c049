import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotLine, PlotStatement } from '../../data/selectors/compare/lines';
import type { Unit } from '../../data/schema/enums';
import { useFormat } from '../../i18n/useFormat';
import { dataKey } from '../../i18n/keys';

const UNIT_KEY = {
  'CNY billion': 'cny',
  'USD billion': 'usd',
  count: 'count',
  '%': 'pct',
  pp: 'pp',
  fraction: 'fraction',
  '‰': 'permille',
  km2: 'km2',
  index: 'index',
} as const satisfies Record<Unit | 'index', string>;

/** The words and number formats the Compare view uses for lines, units and drawn values. */
export function useLabels() {
  const { t } = useTranslation(['compare', 'common', 'indicators', 'regions']);
  const format = useFormat();
  const lineLabel = useCallback(
    (line: Pick<PlotLine, 'indicator' | 'region' | 'series'>) =>
      t('line.label', {
        indicator: t(dataKey('indicators', `${line.indicator}.name`)),
        region: t(`regions:region.${line.region}`),
        series: t(`common:series.${line.series}`),
      }),
    [t],
  );
  const barLabel = useCallback(
    (bar: Pick<PlotLine, 'indicator' | 'series'>) =>
      t('line.barLabel', {
        indicator: t(dataKey('indicators', `${bar.indicator}.name`)),
        series: t(`common:series.${bar.series}`),
      }),
    [t],
  );
  const unitLabel = useCallback((unit: Unit | 'index') => t(`unit.${UNIT_KEY[unit]}`), [t]);
  /** A drawn value with its qualifier: the stated figure, or its index with the doubt it inherits. */
  const value = useCallback(
    (line: Pick<PlotLine, 'unit'>, s: PlotStatement) => {
      if (line.unit !== 'index') return format.stated(s.stated);
      const body = t('line.indexValue', { value: format.number(s.value, 'derived') });
      return format.qualify(s.qualifier, body);
    },
    [format, t],
  );
  const tick = useCallback(
    (unit: Unit | 'index', v: number) =>
      unit === 'index' ? format.number(v, 'axis') : format.amount(v, unit, 'axis'),
    [format],
  );
  return useMemo(
    () => ({ lineLabel, barLabel, unitLabel, value, tick, format }),
    [lineLabel, barLabel, unitLabel, value, tick, format],
  );
}
