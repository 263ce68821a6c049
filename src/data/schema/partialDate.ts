/** YYYY, YYYY-MM or YYYY-MM-DD: sources often state only a year or a month. Kept free of zod so display code can use it. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a YYYY-MM-DD day exists in the calendar: 2025-02-30 does not, 2024-02-29 does. */
export function isCalendarDate(date: string): boolean {
  const m = PARTIAL_DATE.exec(date);
  // Only a day can fall outside the calendar; the format itself is PARTIAL_DATE's to judge.
  if (!m?.[3]) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** Today as YYYY-MM-DD (UTC), the latest day a statement can be dated. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a partial date lies after a day, read at its own precision: "2026" is after 2025-12-31 but
 * not after 2026-03-01, so a statement dated only by this year is never rejected before its year is out.
 */
export function isAfter(date: string, day: string): boolean {
  return date > day.slice(0, date.length);
}
