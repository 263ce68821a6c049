import { isUntranslated, SETTING_KEYS, SOURCE_LANGUAGE, UNTRANSLATED_MARKER } from '../constants';
import { mainForm, type Text, type Texts } from './texts';

/**
 * Why a text still needs a translator: absent from the file, still marked (what `npm run i18n:new`
 * writes), left empty, or a copy of the English source where the language would word it its own way.
 */
export type TodoReason = 'missing' | 'marked' | 'empty' | 'sameAsSource';

export interface Todo {
  ns: string;
  key: string;
  reason: TodoReason;
  /** A marked text whose words were changed: translated, but the marker still hides it. */
  markedButEdited?: boolean;
}

export interface NamespaceStatus {
  ns: string;
  total: number;
  translated: number;
  todo: Todo[];
}

export interface LanguageStatus {
  lng: string;
  total: number;
  translated: number;
  namespaces: NamespaceStatus[];
}

const WORDS = /\p{L}/u;
const stripPlaceholders = (s: string) => s.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '');

/**
 * A text that may read the same in every language: no words of its own ("{{name}}, {{year}}"), a
 * setting, or one that Chinese and English already write alike (CSV, GB/T 7714, a name).
 */
export function sameEverywhere(texts: Texts, ns: string, key: string): boolean {
  if (`${ns}:${key}` in SETTING_KEYS) return true;
  const en = texts.get(SOURCE_LANGUAGE)?.get(ns)?.get(key);
  if (!en) return false;
  if (!WORDS.test(stripPlaceholders(mainForm(en)))) return true;
  const zh = texts.get('zh')?.get(ns)?.get(key);
  return !!zh && mainForm(zh) === mainForm(en);
}

function reasonFor(texts: Texts, lng: string, ns: string, key: string, complete: boolean): Todo | null {
  const mine = texts.get(lng)?.get(ns)?.get(key);
  if (!mine) return { ns, key, reason: 'missing' };
  const values = [...mine.forms.values()];
  const source = texts.get(SOURCE_LANGUAGE)?.get(ns)?.get(key);
  const sourceValues = new Set(source ? source.forms.values() : []);
  const marked = values.find((v) => v.startsWith(UNTRANSLATED_MARKER));
  if (marked !== undefined) {
    const words = marked.slice(UNTRANSLATED_MARKER.length);
    return { ns, key, reason: 'marked', markedButEdited: source ? !sourceValues.has(words) : false };
  }
  if (values.some(isUntranslated)) return { ns, key, reason: 'empty' };
  if (!complete && source && values.every((v) => sourceValues.has(v)) && !sameEverywhere(texts, ns, key))
    return { ns, key, reason: 'sameAsSource' };
  return null;
}

/** The keys every complete language is expected to have, per namespace: the union of theirs. */
export function referenceKeys(texts: Texts, complete: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const lng of complete)
    for (const [ns, entries] of texts.get(lng) ?? []) {
      const keys = out.get(ns) ?? new Set<string>();
      for (const key of entries.keys()) keys.add(key);
      out.set(ns, keys);
    }
  return out;
}

/** How far a language is: per namespace, how many texts it translates, and what is still to do. */
export function languageStatus(texts: Texts, lng: string, complete: readonly string[]): LanguageStatus {
  const isComplete = complete.includes(lng);
  const namespaces: NamespaceStatus[] = [];
  for (const [ns, keys] of [...referenceKeys(texts, complete)].sort(([a], [b]) => a.localeCompare(b))) {
    const todo: Todo[] = [];
    for (const key of keys) {
      const reason = reasonFor(texts, lng, ns, key, isComplete);
      if (reason) todo.push(reason);
    }
    namespaces.push({ ns, total: keys.size, translated: keys.size - todo.length, todo });
  }
  return {
    lng,
    total: namespaces.reduce((n, s) => n + s.total, 0),
    translated: namespaces.reduce((n, s) => n + s.translated, 0),
    namespaces,
  };
}

export type { Text };
