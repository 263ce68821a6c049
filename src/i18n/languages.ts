/**
 * Languages and namespaces are discovered from locales/<lng>/<ns>.json: adding a folder adds a
 * language to the switch. Files load lazily, one chunk per file.
 */
import { COMPLETE_LANGUAGES, ON_DEMAND_NAMESPACES } from './constants';

type Resource = Record<string, unknown>;

const loaders = import.meta.glob<Resource>('../../locales/*/*.json', { import: 'default' });

const PATH = /\/locales\/([^/]+)\/([^/]+)\.json$/;
const entries = Object.keys(loaders).flatMap((path) => {
  const m = PATH.exec(path);
  return m ? [{ lng: m[1] as string, ns: m[2] as string, path }] : [];
});

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

export function isLanguage(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/** The language after this one on the switch, round to the first: what the l key chooses. */
export function nextLanguage(lng: string): string {
  return LANGUAGES[(LANGUAGES.indexOf(lng) + 1) % LANGUAGES.length] ?? lng;
}

export function loadNamespace(lng: string, ns: string): Promise<Resource> {
  const entry = entries.find((e) => e.lng === lng && e.ns === ns);
  return entry ? (loaders[entry.path] as () => Promise<Resource>)() : Promise.resolve({});
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
    if (isLanguage(base)) return base;
  }
  return null;
}
