/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) compared at the precision both of them have. */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** Whether a partial date can fall within [from, to], read at the coarser precision of each pair. */
export function within(date: string, from: string, to: string): boolean {
  return comparePartial(date, from) >= 0 && comparePartial(date, to) <= 0;
}

export function yearOf(date: string): number | null {
  return /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
}
