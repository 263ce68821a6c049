/**
 * The span of a data year a figure covers. Stored as a short code:
 * FY (calendar year), H1 (Jan–Jun), Q1-Q3 (Jan–Sep), Jan-May, asof-YYYY-MM (a statement
 * of the situation at that month) and span-YYYY-YYYY (an average over several years).
 */
export type Period =
  | { kind: 'FY' }
  | { kind: 'H1' }
  | { kind: 'Q1-Q3' }
  | { kind: 'Jan-May' }
  | { kind: 'asof'; year: number; month: number }
  | { kind: 'span'; from: number; to: number };

const ASOF = /^asof-(\d{4})-(0[1-9]|1[0-2])$/;
const SPAN = /^span-(\d{4})-(\d{4})$/;

export function parsePeriod(code: string): Period | null {
  if (code === 'FY' || code === 'H1' || code === 'Q1-Q3' || code === 'Jan-May') return { kind: code };
  const asof = ASOF.exec(code);
  if (asof) return { kind: 'asof', year: Number(asof[1]), month: Number(asof[2]) };
  const span = SPAN.exec(code);
  if (span && Number(span[1]) < Number(span[2]))
    return { kind: 'span', from: Number(span[1]), to: Number(span[2]) };
  return null;
}
