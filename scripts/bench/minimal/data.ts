/**
 * Yearly figures of the kind the dashboard draws: 1984–2024, a few regions, CNY billion, growing,
 * with gaps (no figure is a gap, never a zero). Deterministic, so every run draws the same chart.
 */
export const SERIES = ['east', 'central', 'west', 'northeast', 'national'] as const;
export type SeriesKey = (typeof SERIES)[number];
export const FIRST_YEAR = 1984;
export const LAST_YEAR = 2024;

export type Row = { year: number } & Partial<Record<SeriesKey, number | null>>;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One data variant ("change data" steps through them): other levels, other gaps. */
export function rowsFor(variant: number): Row[] {
  const next = random(variant + 1);
  const rows: Row[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const row: Row = { year };
    SERIES.forEach((key, i) => {
      const level = (i === 4 ? 400 : 60 + i * 35) * Math.pow(1.11 + variant * 0.01, year - FIRST_YEAR) ** 0.8;
      row[key] = next() < 0.15 ? null : Math.round(level * (0.9 + next() * 0.2) * 10) / 10;
    });
    rows.push(row);
  }
  return rows;
}
