import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A span of years as a title says it: "2006–2024", "2006—2024年". The years are digits without
 * grouping (Intl, in the reader's numbering); the language's pattern places the dash and the 年.
 */
export function useYearRange() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (from: number, to: number) => {
      const digits = new Intl.NumberFormat(lng, { useGrouping: false });
      return t('present.slide.years', { from: digits.format(from), to: digits.format(to) });
    },
    [t, lng],
  );
}
