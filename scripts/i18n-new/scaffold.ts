/**
 * The files of a new language: every key of the source language (English), each text marked
 * "TODO: " followed by the English, so the app shows the fallback until a translator replaces it and
 * the check counts it as to do. Plural keys get the forms the language has (Intl.PluralRules), not
 * English's. Pure: takes the source texts and any existing file, returns the new content.
 */
import { UNTRANSLATED_MARKER } from '../../src/i18n/constants';
import { PLURAL_SUFFIX } from '../../src/i18n/status/texts';

type Json = { [key: string]: Json | string };

export function pluralForms(lng: string): string[] {
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
  try {
    const found = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    return order.filter((c) => found.includes(c as Intl.LDMLPluralRule));
  } catch {
    return ['one', 'other'];
  }
}

/** Whether Intl knows the language's plural rules (an unknown code gets English-like "one" and "other"). */
export function knowsLanguage(lng: string): boolean {
  try {
    return Intl.PluralRules.supportedLocalesOf([lng]).length > 0;
  } catch {
    return false;
  }
}

export interface ScaffoldResult {
  json: Json;
  /** Texts added, marked as to do. */
  added: number;
  /** Texts already there, kept as they were. */
  kept: number;
}

/**
 * One namespace for `lng`: the source's keys in the source's order; a text the existing file has is
 * kept, every other one is added marked. A plural key gets exactly the language's forms.
 */
export function scaffoldNamespace(source: Json, lng: string, existing: Json = {}): ScaffoldResult {
  const forms = pluralForms(lng);
  let added = 0;
  let kept = 0;
  const walk = (src: Json, have: Json): Json => {
    const out: Json = {};
    const done = new Set<string>();
    for (const [key, value] of Object.entries(src)) {
      if (typeof value !== 'string') {
        const sub = have[key];
        out[key] = walk(value, typeof sub === 'object' ? sub : {});
        continue;
      }
      const m = PLURAL_SUFFIX.exec(key);
      if (!m) {
        const mine = have[key];
        if (typeof mine === 'string') kept += 1;
        else added += 1;
        out[key] = typeof mine === 'string' ? mine : `${UNTRANSLATED_MARKER}${value}`;
        continue;
      }
      const base = key.slice(0, m.index);
      if (done.has(base)) continue;
      done.add(base);
      const other = src[`${base}_other`];
      for (const form of forms) {
        const mine = have[`${base}_${form}`];
        const english = src[`${base}_${form}`];
        const text = typeof english === 'string' ? english : typeof other === 'string' ? other : value;
        if (typeof mine === 'string') kept += 1;
        else added += 1;
        out[`${base}_${form}`] = typeof mine === 'string' ? mine : `${UNTRANSLATED_MARKER}${text}`;
      }
    }
    return out;
  };
  const json = walk(source, existing);
  return { json, added, kept };
}
