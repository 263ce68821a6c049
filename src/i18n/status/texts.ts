/**
 * Locale files as translators and checks see them: flat keys ("filters.indicators"), with the plural
 * forms of a key ("sources_one", "sources_other") grouped under their base key. Plain TypeScript, shared
 * by `npm run i18n:check` and the in-app translation status.
 */

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** One text of a namespace: a plain key has one form (""), a plural key one per category. */
export interface Text {
  key: string;
  forms: Map<string, string>;
}

/** lng → ns → base key → text. */
export type Texts = Map<string, Map<string, Map<string, Text>>>;

/** "a.b" → value for every string leaf; anything else (a number, an array) is reported by the check. */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

export function splitPlural(key: string): { base: string; form: string } {
  const m = PLURAL_SUFFIX.exec(key);
  return m ? { base: key.slice(0, m.index), form: m[1] as string } : { base: key, form: '' };
}

/** A namespace's texts keyed by base key, plural forms grouped. */
export function groupTexts(flat: Map<string, unknown>): Map<string, Text> {
  const out = new Map<string, Text>();
  for (const [key, value] of flat) {
    if (typeof value !== 'string') continue;
    const { base, form } = splitPlural(key);
    const text = out.get(base) ?? { key: base, forms: new Map<string, string>() };
    text.forms.set(form, value);
    out.set(base, text);
  }
  return out;
}

export function isPlural(text: Text): boolean {
  return !text.forms.has('');
}

/** The form a reader sees most: the plain text, or the "other" plural form. */
export function mainForm(text: Text): string {
  return text.forms.get('') ?? text.forms.get('other') ?? [...text.forms.values()][0] ?? '';
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

export function placeholdersOf(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}
