/**
 * The language facts that the app and the Node check scripts share. Plain values only: no
 * import.meta.glob here, so `tsx scripts/…` can import this file too.
 */

/** The complete languages, in the order the switch shows them; every other language falls back to them key by key. */
export const COMPLETE_LANGUAGES = ['zh', 'en'] as const;

/** The language of a first visit when neither the link, an earlier choice nor the browser says otherwise. */
export const DEFAULT_LANGUAGE: (typeof COMPLETE_LANGUAGES)[number] = 'zh';

/** The language whose texts are the source of a new translation (what `npm run i18n:new` copies). */
export const SOURCE_LANGUAGE = 'en';

export const DEFAULT_NAMESPACE = 'common';

/**
 * Namespaces that one view uses alone, by view: they load when that view is first shown (in the
 * language and, for a partial language, its fallbacks) before it renders, so a first visit does not
 * download every view's texts. `npm run i18n:check` fails when a view's code uses a namespace that is
 * neither loaded at start nor listed here for it.
 */
export const VIEW_NAMESPACES: Readonly<Record<string, readonly string[]>> = {
  compare: ['compare'],
  growth: ['growth', 'policies'],
  policies: ['policies'],
  // The dataset's download sits at the top of Sources: arriving after the view, it pushed the rest down
  // (Lighthouse, mobile: layout shift 0.17).
  sources: ['export'],
  zones: ['zoneProfile', 'rankings'],
  rankings: ['rankings', 'policies'],
  // The translation status page (footer), not a view of the navigation.
  translations: ['translations'],
  // Save & cite and the dataset download, in no view of their own: loaded when first opened.
  export: ['export'],
};

export const ON_DEMAND_NAMESPACES: readonly string[] = [...new Set(Object.values(VIEW_NAMESPACES).flat())];

/** The namespaces a view needs beyond those loaded at start. */
export function viewNamespaces(view: string): readonly string[] {
  return VIEW_NAMESPACES[view] ?? [];
}

/** i18next's show-keys mode: every text renders as its `namespace:key`, so a translator finds a key on screen. */
export const SHOW_KEYS_LANGUAGE = 'cimode';

/** The language the page's text is in, for <html lang> and Intl: the show-keys mode shows key names, which are English. */
export function contentLanguage(lng: string): string {
  return lng === SHOW_KEYS_LANGUAGE ? 'en' : lng;
}

/**
 * A made-up language built from the English texts at load time: accented, a third longer and in
 * brackets, so text that never went through locales/ and labels that get cut off stand out.
 */
export const PSEUDO_LANGUAGE = 'en-XA';

/** Languages for checking the translation itself: reachable by link (?lang=…), never in the switch or kept. */
export const TOOL_LANGUAGES: readonly string[] = [SHOW_KEYS_LANGUAGE, PSEUDO_LANGUAGE];

/**
 * How `npm run i18n:new` marks a text still to translate: the marker, then the English source. The app
 * treats a marked (or empty) text as missing, so the fallback language shows; the check counts it as to do.
 */
export const UNTRANSLATED_MARKER = 'TODO: ';

export function isUntranslated(value: string): boolean {
  return value.trim() === '' || value.startsWith(UNTRANSLATED_MARKER);
}

/**
 * Texts that are settings rather than words, with the values they may take: a translation picks one
 * (how large counts read in that language), the pseudo-locale keeps them, the check accepts them as
 * they are in English.
 */
export const SETTING_KEYS: Readonly<Record<string, readonly string[]>> = {
  'units:countNotation': ['compact', 'standard'],
};

/** The language code a folder under locales/ must be named with (e.g. ja, pt-BR); other folders are not languages. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Where a missing key is looked up next: a complete language in the other one; a partial language in
 * English first, the language its translators and readers more likely share, then Chinese.
 */
export function fallbackLanguages(lng: string): string[] {
  const complete: readonly string[] = COMPLETE_LANGUAGES;
  if (complete.includes(lng)) return complete.filter((l) => l !== lng);
  if (TOOL_LANGUAGES.includes(lng)) return [];
  return ['en', 'zh'];
}

export function isCompleteLanguage(lng: string): boolean {
  return (COMPLETE_LANGUAGES as readonly string[]).includes(lng);
}
