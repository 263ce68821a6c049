/**
 * Languages and namespaces are discovered from locales/<lng>/<ns>.json: adding a folder adds a
 * language to the switch. Texts load lazily: a language's start-up texts as one file, a view's own
 * one file per namespace (scripts/build/localeModules.ts).
 */
import { CONTEXT, FILES, ON_DEMAND, START } from 'virtual:etdz-locales';
import {
  COMPLETE_LANGUAGES,
  LANGUAGE_CODE,
  ON_DEMAND_NAMESPACES,
  PSEUDO_LANGUAGE,
  SOURCE_LANGUAGE,
  TOOL_LANGUAGES,
} from './constants';
import type { Resource } from './pseudo';

// Folders that are not language codes (locales/_context) hold notes for translators, not texts.
const entries = FILES.flatMap(([lng, ns]) => (LANGUAGE_CODE.test(lng) ? [{ lng, ns }] : []));

const complete: readonly string[] = COMPLETE_LANGUAGES;
const discovered = [...new Set(entries.map((e) => e.lng))];
export const LANGUAGES: readonly string[] = [
  ...complete.filter((l) => discovered.includes(l)),
  ...discovered.filter((l) => !complete.includes(l)).sort(),
];

export const NAMESPACES: readonly string[] = [...new Set(entries.map((e) => e.ns))].sort();
export const STARTUP_NAMESPACES: readonly string[] = NAMESPACES.filter(
  (ns) => !ON_DEMAND_NAMESPACES.includes(ns),
);

/** A language the switch offers: one with a folder under locales/. */
export function isSwitchLanguage(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/** A language a link may ask for: one of the switch, or a tool for translators (show keys, pseudo-locale). */
export function isLanguage(value: unknown): value is string {
  return isSwitchLanguage(value) || (typeof value === 'string' && TOOL_LANGUAGES.includes(value));
}

/** Whether locales/<lng>/ holds a file for the namespace: a partial language may lack whole files. */
export function hasFile(lng: string, ns: string): boolean {
  return entries.some((e) => e.lng === lng && e.ns === ns);
}

/** The language after this one on the switch, round to the first: what the l key chooses. */
export function nextLanguage(lng: string): string {
  return LANGUAGES[(LANGUAGES.indexOf(lng) + 1) % LANGUAGES.length] ?? lng;
}

/** The texts of one file; the pseudo-locale's are made from the English ones. A file a language lacks is empty. */
export function loadNamespace(lng: string, ns: string): Promise<Resource> {
  // A translator's tool, asked for by link: its code loads only then, not on every first visit.
  if (lng === PSEUDO_LANGUAGE)
    return Promise.all([loadNamespace(SOURCE_LANGUAGE, ns), import('./pseudo')]).then(([texts, pseudo]) =>
      pseudo.pseudoResource(texts, ns),
    );
  if (!hasFile(lng, ns)) return Promise.resolve({});
  const startUp = START[lng];
  if (!ON_DEMAND_NAMESPACES.includes(ns) && startUp) return startUp().then((texts) => texts[ns] ?? {});
  const file = ON_DEMAND[`${lng}/${ns}`];
  return file ? file() : Promise.resolve({});
}

/** The notes for translators on a namespace's keys (locales/_context/<ns>.json), for the status page. */
export function loadContext(ns: string): Promise<Resource> {
  const notes = CONTEXT[ns];
  return notes ? notes() : Promise.resolve({});
}

/** The language's own name for itself, from Intl rather than from a translation file. */
export function nativeName(lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng;
  } catch {
    return lng;
  }
}

/** Picks the first supported language from the browser's preferences. */
export function negotiateLanguage(preferred: readonly string[]): string | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isSwitchLanguage(base)) return base;
  }
  return null;
}
