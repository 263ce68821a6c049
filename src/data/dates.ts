import { PARTIAL_DATE } from './schema/partialDate';

/** A partial date as a position on a year axis: "2021-06" → 2021.42 (start of the stated month). */
export function decimalYear(date: string): number | null {
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return year + month / 12 + day / 365;
}
