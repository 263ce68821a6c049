import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatedNumber } from '../data/model';
import type { Qualifier, Unit } from '../data/schema/enums';
import type { Period } from '../data/schema/period';
import { formatPartialDate, formatPeriod, formatYear } from './format/date';
import {
  formatAmount,
  formatNumber,
  formatStated,
  qualifierWords,
  qualify,
  type Precision,
} from './format/number';

/** The formatters bound to the current language; stable while the language does not change. */
export function useFormat() {
  const { t, i18n } = useTranslation(['units']);
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      lng,
      stated: (figure: StatedNumber) => formatStated(figure, lng, t),
      amount: (value: number, unit: Unit, precision?: Precision) =>
        formatAmount(value, unit, lng, t, precision),
      number: (value: number, precision?: Precision) => formatNumber(value, lng, precision),
      qualifierWords: (figure: StatedNumber) => qualifierWords(figure.qualifier, t),
      qualify: (qualifier: Qualifier, text: string) => qualify(qualifier, text, t),
      date: (date: string) => formatPartialDate(date, lng),
      year: (year: number) => formatYear(year, lng),
      period: (period: Period, year: number) => formatPeriod(period, year, lng, t),
    }),
    [lng, t],
  );
}

export type Formatters = ReturnType<typeof useFormat>;
