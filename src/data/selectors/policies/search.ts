/** Search in the current language: Chinese has no spaces, so a query matches as a substring anywhere. */

export interface MeasureText {
  title: string;
  summary: string;
}

/** Lower-cases for matching without changing string length, so match offsets stay valid on the original. */
function fold(s: string, lng: string): string {
  const lower = s.toLocaleLowerCase(lng);
  return lower.length === s.length ? lower : s;
}

export function normaliseQuery(q: string): string {
  return q.trim().replace(/\s+/g, ' ');
}

export function matches(text: string, q: string, lng: string): boolean {
  const query = normaliseQuery(q);
  return query === '' || fold(text, lng).includes(fold(query, lng));
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits a text into matched and unmatched runs, for <mark>. */
export function highlightSegments(text: string, q: string, lng: string): Segment[] {
  const query = fold(normaliseQuery(q), lng);
  if (query === '') return [{ text, match: false }];
  const haystack = fold(text, lng);
  const out: Segment[] = [];
  let from = 0;
  for (let at = haystack.indexOf(query); at !== -1; at = haystack.indexOf(query, at + query.length)) {
    if (at > from) out.push({ text: text.slice(from, at), match: false });
    out.push({ text: text.slice(at, at + query.length), match: true });
    from = at + query.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), match: false });
  return out;
}
