/**
 * What the page the server sends should show before the app's code has run: which view's heading, in
 * which language — or null when the app will show something else (a presentation, an embed, a deck, the
 * translation status page, a language without pre-written texts) and the loading bars should stay.
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

export function shellChoice(
  search: string,
  hash: string,
  stored: string | null,
  preferred: readonly string[],
  facts: ShellFacts,
): { view: string; lng: string } | null {
  if (facts.otherHashes.includes(hash)) return null;
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
  if (other) return null;
  const isSwitch = (l: string | null) => l !== null && facts.languages.includes(l);
  let lng: string | null =
    isSwitch(lang) || (lang !== null && facts.toolLanguages.includes(lang)) ? lang : null;
  if (lng === null && isSwitch(stored)) lng = stored;
  for (let i = 0; lng === null && i < preferred.length; i++) {
    const base = (preferred[i] || '').toLowerCase().split('-')[0] || '';
    if (isSwitch(base)) lng = base;
  }
  if (lng === null) lng = facts.defaultLanguage;
  if (!facts.written.includes(lng)) return null;
  return { view: view !== null && facts.views.includes(view) ? view : facts.defaultView, lng: lng };
}
