import { DEFAULT_LANGUAGE } from '../i18n/constants';
import { isSwitchLanguage, negotiateLanguage } from '../i18n/languages';
import { deckCodecReady, loadDeckCodec } from './deckCodec';
import { hasKeptDeck, loadKeptDeck } from './keptDeck';
import { urlStateOf, useAppStore } from './store';
import { carriesDeck, parseSearch, toSearch, type UrlState } from './url';

const LANG_KEY = 'etdz.lang';

function storedLanguage(): string | null {
  try {
    const value = localStorage.getItem(LANG_KEY);
    // A translator's tool (show keys, pseudo-locale) is asked for by link each time, never kept.
    return isSwitchLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Language when the link does not say: the last choice, else the browser's, else Chinese. */
export function preferredLanguage(): string {
  return (
    storedLanguage() ?? negotiateLanguage(navigator.languages ?? [navigator.language]) ?? DEFAULT_LANGUAGE
  );
}

/**
 * Runs `run` once the next frame has been drawn: a task queued from the frame's animation callback runs
 * after its paint. Returns a cancel. A hidden tab draws no frame: its pending write waits for the tab to
 * show again, or is made when the page is left (pagehide).
 */
function afterFrame(run: () => void, win: Window): () => void {
  let live = true;
  win.requestAnimationFrame(() => win.setTimeout(() => live && run()));
  return () => {
    live = false;
  };
}

const linksDeck = (search: string) => new URLSearchParams(search).has('deck');

/**
 * What must be there before the address is read: the deck codec, when the address or this browser
 * holds a deck, so the deck is read whole rather than shown empty while it loads. Settles either way: a
 * codec that cannot load leaves the deck reported as unreadable (and the kept copy backed up).
 */
export async function readyToStart(search: string = window.location.search): Promise<void> {
  if (!linksDeck(search) && !hasKeptDeck()) return;
  await loadDeckCodec().catch(() => undefined);
}

/**
 * The language a page opens in: the link's, else the preferred one. Read from the address bar itself,
 * so i18next can start in it before or after startUrlSync has filled the store: both agree.
 */
export function initialLanguage(search: string = window.location.search): string {
  return parseSearch(search).state.lang ?? preferredLanguage();
}

/**
 * Keeps the address bar and the store in step: the store is read from the URL at start and on
 * back/forward; every change of shareable state is written back (a new history entry per view).
 * Returns a function that stops the syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const store = useAppStore;
  const kept = loadKeptDeck();
  if (kept) store.getState().takeKeptDeck(kept);
  store.getState().applySearch(win.location.search, preferredLanguage());
  const write = (push: boolean, state: UrlState = urlStateOf(store.getState())): void => {
    // A deck edited while presenting goes into the address once its codec is there.
    if (carriesDeck(state) && !deckCodecReady()) {
      loadDeckCodec().then(
        () => write(push, push ? state : urlStateOf(store.getState())),
        () => undefined,
      );
      return;
    }
    const search = toSearch(state);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  write(false);

  // A filter or language change replaces the address after the frame that shows it: the reader looks at
  // the chart, and replaceState costs a few milliseconds that would otherwise delay that frame.
  let pending: (() => void) | null = null;
  let restoring = false;
  // Writes a change still waiting for its frame now (into the entry it belongs to: `state`, by default the current).
  const flush = (state?: UrlState) => {
    if (!pending) return;
    pending();
    pending = null;
    write(false, state);
  };
  const onHide = () => flush();
  const replaceLater = () => {
    pending ??= afterFrame(onHide, win);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) {
      try {
        localStorage.setItem(LANG_KEY, state.lang);
      } catch {
        // Private mode may refuse storage; the URL still carries the language.
      }
    }
    // Back or forward: the address already holds this state; at most it is written in its own form.
    if (restoring) write(false);
    else if (state.view !== previous.view || state.present !== previous.present) {
      // The entry being left keeps the filters it last showed, then the new view gets its own entry.
      flush(urlStateOf(previous));
      write(true);
    } else replaceLater();
  });
  // Back and forward restore the view and its filters; the language is a preference and stays.
  const onPop = () => {
    const search = win.location.search;
    // An entry from before this page loaded may hold a deck the codec has yet to read.
    if (linksDeck(search) && !deckCodecReady())
      void readyToStart(search).then(() => restore(win.location.search));
    else restore(search);
  };
  const restore = (search: string) => {
    const lang = store.getState().lang;
    restoring = true;
    // Going back out of a presentation restores the page as it was, presenting or not.
    store.setState({ beforePresenting: null });
    store.getState().applySearch(search, lang);
    store.getState().setLang(lang);
    restoring = false;
  };
  win.addEventListener('popstate', onPop);
  // Leaving or reloading the page right after a change: the address still gets it.
  win.addEventListener('pagehide', onHide);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', onHide);
  };
}
