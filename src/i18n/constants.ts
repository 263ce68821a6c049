/**
 * The language facts that the app and the Node check scripts share. Plain values only: no
 * import.meta.glob here, so `tsx scripts/…` can import this file too.
 */

/** The complete languages, in the order the switch shows them; every other language falls back to them key by key. */
export const COMPLETE_LANGUAGES = ['zh', 'en'] as const;

/** The language of a first visit when neither the link, an earlier choice nor the browser says otherwise. */
export const DEFAULT_LANGUAGE: (typeof COMPLETE_LANGUAGES)[number] = 'zh';

export const DEFAULT_NAMESPACE = 'common';

/**
 * Namespaces that one view uses alone: they load when that view first asks for them
 * (useTranslation suspends meanwhile), so a first visit does not download every view's texts.
 */
export const ON_DEMAND_NAMESPACES: readonly string[] = [
  'compare',
  'growth',
  'policies',
  'zoneProfile',
  'rankings',
  'export',
];

/**
 * Where a missing key is looked up next: a complete language in the other one; a partial language in
 * English first, the language its translators and readers more likely share, then Chinese.
 */
export function fallbackLanguages(lng: string): string[] {
  const complete: readonly string[] = COMPLETE_LANGUAGES;
  if (complete.includes(lng)) return complete.filter((l) => l !== lng);
  return ['en', 'zh'];
}
