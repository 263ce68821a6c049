/**
 * What a single text must satisfy, whatever its language: plain text (no markup), nested $t() keys that
 * exist, a length that fits where it is shown, a setting's allowed value.
 */
import { SETTING_KEYS } from '../../src/i18n/constants';

const MARKUP = /<\/?[A-Za-z][^<>]*>/;
const NESTING = /\$t\(\s*([^,)\s]+)/g;

export function markupIn(value: string): string | null {
  return MARKUP.exec(value)?.[0] ?? null;
}

/** The keys a text nests with $t(key) or $t(ns:key, {…}), each with its namespace. */
export function nestedKeys(value: string, ns: string): Array<{ ns: string; key: string; written: string }> {
  return [...value.matchAll(NESTING)].map((m) => {
    const written = (m[1] as string).replace(/^['"]|['"]$/g, '');
    const i = written.indexOf(':');
    return i > 0
      ? { ns: written.slice(0, i), key: written.slice(i + 1), written }
      : { ns, key: written, written };
  });
}

/** The problem with a setting's value, or null: a setting takes one of a few words, never a translation. */
export function settingProblem(ns: string, key: string, value: string): string | null {
  const allowed = SETTING_KEYS[`${ns}:${key}`];
  if (!allowed || allowed.includes(value)) return null;
  return `is a setting: write one of ${allowed.map((a) => `"${a}"`).join(', ')}, not a translation`;
}

/** Characters as a reader counts them, with each placeholder counted as the value it usually holds (4). */
export function visibleLength(value: string): number {
  return [...value.replace(/\{\{[^}]*\}\}/g, '0000')].length;
}
