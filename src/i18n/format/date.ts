import type { Period } from '../../data/schema/period';
import { PARTIAL_DATE } from '../../data/schema/partialDate';
import { dateTimeFormat } from './intlCache';
import type { UnitsT } from './number';

/** Dates the way sources give them: a year, a month or a day, never more precise than stated. */
export function formatPartialDate(date: string, lng: string): string {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const utc = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) options.month = 'short';
  if (d) options.day = 'numeric';
  return dateTimeFormat(lng, options).format(utc);
}

export function formatYear(year: number, lng: string): string {
  return formatPartialDate(String(year).padStart(4, '0'), lng);
}

/** "2023", "H1 2004", "Jan–Sep 2010", "as of Jun 2023", "2006–2010". */
export function formatPeriod(period: Period, year: number, lng: string, t: UnitsT): string {
  const yearText = formatYear(year, lng);
  switch (period.kind) {
    case 'FY':
      return t('units:period.FY', { year: yearText });
    case 'H1':
      return t('units:period.H1', { year: yearText });
    case 'Q1-Q3':
      return t('units:period.Q1Q3', { year: yearText });
    case 'Jan-May':
      return t('units:period.JanMay', { year: yearText });
    case 'asof':
      return t('units:period.asof', {
        date: formatPartialDate(`${period.year}-${String(period.month).padStart(2, '0')}`, lng),
      });
    case 'span':
      return t('units:period.span', { from: formatYear(period.from, lng), to: formatYear(period.to, lng) });
  }
}
