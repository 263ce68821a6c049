/**
 * What the page the server sends should show before the app's code has run: which view's heading, in
 * which language — or null when the app will show something else (a presentation, an embed, a deck, the
 * translation status page, a language without pre-written texts) and the loading bars should stay; and
 * which built files it should preload for the address (startFiles).
 *
 * It runs in the browser inside a small inline script (scripts/build/shellText.ts writes it from this
 * file's text), so it is self-contained, imports nothing and uses only what every browser the app supports has. It must
 * choose as the app does: parseSearch (src/state/url.ts) and initialLanguage (src/state/history.ts);
 * tests/unit/scripts/shellChoice.test.ts holds it to them.
 */
export interface ShellFacts {
  views: readonly string[];
  defaultView: string;
  /** Languages of the switch (a folder under locales/), in the switch's order. */
  languages: readonly string[];
  /** Languages a link may also ask for (translators' tools). */
  toolLanguages: readonly string[];
  defaultLanguage: string;
  /** The languages whose texts the page carries. */
  written: readonly string[];
  maxParamLength: number;
  /** Parameters and address fragments under which the app shows no view's header. */
  otherModes: readonly string[];
  otherHashes: readonly string[];
}

/**
 * The files the address will need at once, by the build (scripts/build/preloadHints.ts): the dataset's
 * core for every address, the start-up texts by language, and by view its code, data and own texts.
 */
export interface StartHints {
  always: readonly string[];
  lang: Readonly<Record<string, readonly string[]>>;
  view: Readonly<Record<string, readonly string[]>>;
  viewLang: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/**
 * The view and the language the app starts with, whatever it then shows (`other`: a presentation, an
 * embed or a deck instead of the view), or null for an address the app cannot read.
 */
export function startChoice(
  search: string,
  stored: string | null,
  preferred: readonly string[],
  facts: ShellFacts,
): { view: string; lng: string; other: boolean } | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  let view: string | null = null;
  let lang: string | null = null;
  let other = false;
  params.forEach((value, name) => {
    if (facts.otherModes.includes(name)) other = true;
    if (value.length > facts.maxParamLength) return;
    if (name === 'view' && view === null) view = value;
    if (name === 'lang' && lang === null) lang = value;
  });
  const isSwitch = (l: string | null) => l !== null && facts.languages.includes(l);
  let lng: string | null =
    isSwitch(lang) || (lang !== null && facts.toolLanguages.includes(lang)) ? lang : null;
  if (lng === null && isSwitch(stored)) lng = stored;
  for (let i = 0; lng === null && i < preferred.length; i++) {
    const base = (preferred[i] || '').toLowerCase().split('-')[0] || '';
    if (isSwitch(base)) lng = base;
  }
  if (lng === null) lng = facts.defaultLanguage;
  return {
    view: view !== null && facts.views.includes(view) ? view : facts.defaultView,
    lng: lng,
    other: other,
  };
}

export function shellChoice(
  search: string,
  hash: string,
  stored: string | null,
  preferred: readonly string[],
  facts: ShellFacts,
): { view: string; lng: string } | null {
  if (facts.otherHashes.includes(hash)) return null;
  const start = startChoice(search, stored, preferred, facts);
  if (start === null || start.other || !facts.written.includes(start.lng)) return null;
  return { view: start.view, lng: start.lng };
}

/**
 * What to preload for the address, in the order it is needed: the dataset's core, the language's texts,
 * then, where the app will show a view, the view's own texts, code and data (`view` names it). Nothing for
 * an address the app cannot read; no view's files for the translation status page, a presentation or a deck.
 */
export function startFiles(
  search: string,
  hash: string,
  stored: string | null,
  preferred: readonly string[],
  facts: ShellFacts,
  hints: StartHints,
): { files: string[]; view: string | null } {
  const start = startChoice(search, stored, preferred, facts);
  if (start === null) return { files: [], view: null };
  const files = hints.always.concat(hints.lang[start.lng] || []);
  if (start.other || facts.otherHashes.includes(hash)) return { files: files, view: null };
  return {
    files: files.concat((hints.viewLang[start.view] || {})[start.lng] || [], hints.view[start.view] || []),
    view: start.view,
  };
}
