/**
 * Notes for translators, one file per namespace: locales/_context/<ns>.json maps a key (or a pattern,
 * `*` standing for one segment: "views.*.title") to where the text appears, what its placeholders hold
 * and how long it may be. Shown by `npm run i18n:check` and the translation status page.
 */

export interface KeyContext {
  /** Where the text appears and what it must convey. */
  note?: string;
  /** The most characters a translation may have: a button or a tab that must stay on one line. */
  maxLength?: number;
  /** What each {{placeholder}} holds, e.g. "the data year, already formatted: 2024 / 2024年". */
  placeholders?: Record<string, string>;
  /**
   * What a placeholder holds where the code cannot tell the check (year, date, amount, figure, number,
   * other): a translation must not repeat the unit a formatted value already carries.
   */
  kinds?: Record<string, string>;
}

/** ns → pattern → context. */
export type ContextFiles = Map<string, Map<string, KeyContext>>;

function matches(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  return p.length === k.length && p.every((seg, i) => seg === '*' || seg === k[i]);
}

/** The context of a key: its own entry over any pattern's, fields merged. */
export function contextOf(context: ContextFiles, ns: string, key: string): KeyContext | null {
  const entries = context.get(ns);
  if (!entries) return null;
  const found = [...entries].filter(([pattern]) => matches(pattern, key));
  if (found.length === 0) return null;
  // Most specific last: fewer wildcards win.
  found.sort(([a], [b]) => b.split('*').length - a.split('*').length);
  const merged: KeyContext = {};
  for (const [, c] of found) {
    if (c.note) merged.note = c.note;
    if (c.maxLength !== undefined) merged.maxLength = c.maxLength;
    if (c.placeholders) merged.placeholders = { ...merged.placeholders, ...c.placeholders };
    if (c.kinds) merged.kinds = { ...merged.kinds, ...c.kinds };
  }
  return merged;
}

/** Whether a pattern names at least one key: a context entry for a key that is gone is reported. */
export function patternMatchesAny(pattern: string, keys: Iterable<string>): boolean {
  for (const key of keys) if (matches(pattern, key)) return true;
  return false;
}
