import { create } from 'zustand';
import { DEFAULT_LANGUAGE } from '../i18n/constants';
import type { IgnoredParam } from './params/codec';
import type { CompareParams } from './params/compare';
import type { GrowthParams } from './params/growth';
import type { PoliciesParams } from './params/policies';
import type { RankingsParams } from './params/rankings';
import type { ZonesParams } from './params/zones';
import { addSlide, clampSlide, DEFAULT_DECK, makeSlide, type Deck } from './deck';
import { keepDeck, type KeptDeck } from './keptDeck';
import { defaultUrlState, parseSearch, slideOf, slideState, type UrlState, type ViewState } from './url';
import type { ViewId } from './views';

export type Notice =
  | { id: string; kind: 'ignoredParam'; param: IgnoredParam }
  /** A slide of the deck kept in this browser that could not be read: left out, named here. */
  | { id: string; kind: 'keptSlideDropped'; position: number; label: string }
  /** The browser refused to keep the deck; what it kept before is unchanged. */
  | { id: string; kind: 'deckNotSaved' };

/** Where the deck in use came from: a link's deck is not the presenter's until they edit it. */
export type DeckOrigin = 'default' | 'kept' | 'link';

export interface AppState extends Omit<UrlState, 'lang' | 'deck'> {
  lang: string;
  notices: Notice[];
  /** The deck presentation mode runs: from the link, else the presenter's kept deck, else the default. */
  deck: Deck;
  deckOrigin: DeckOrigin;
  /** The last attempt to keep the deck in this browser failed (storage full or refused). */
  deckSaveFailed: boolean;
  /** The handout is being printed: every slide of the deck is laid out for paper. */
  handout: boolean;
  /** Where the presenter was before presenting, to return there on leaving. */
  beforePresenting: ViewState | null;
  /** High-contrast theme for projectors. */
  contrast: boolean;
}

export interface AppActions {
  setView(view: ViewId): void;
  /** The language for the address bar and storage: changeLanguage (src/i18n) sets it once i18next has switched. */
  setLang(lang: string): void;
  setCompare(patch: Partial<CompareParams>): void;
  setGrowth(patch: Partial<GrowthParams>): void;
  setPolicies(patch: Partial<PoliciesParams>): void;
  setZones(patch: Partial<ZonesParams>): void;
  setRankings(patch: Partial<RankingsParams>): void;
  /** Replaces the shareable state with what a link says, reporting what it had to ignore. */
  applySearch(search: string, fallbackLang: string): void;
  /** Opens another view with a preset: the way features link to each other without importing each other. */
  navigate(target: Partial<Omit<UrlState, 'lang'>>): void;
  ignoreParams(params: IgnoredParam[]): void;
  dismissNotice(id: string): void;
  startPresenting(slide?: number): void;
  goToSlide(slide: number): void;
  stopPresenting(): void;
  /** Replaces the deck and keeps it in this browser, saying so when the browser refuses. */
  setDeck(deck: Deck): void;
  /** Takes up the deck kept in this browser, naming any slide that could not be read. */
  takeKeptDeck(kept: KeptDeck): void;
  setHandout(on: boolean): void;
  /** Adds what is on screen as a slide after the current one (or at the end). */
  addCurrentSlide(): void;
  setContrast(on: boolean): void;
}

export type AppStore = AppState & AppActions;

let noticeSeq = 0;
const noticesFor = (params: IgnoredParam[]): Notice[] =>
  params.map((param) => ({ id: `n${++noticeSeq}`, kind: 'ignoredParam', param }));

export function initialState(lang: string = DEFAULT_LANGUAGE): AppState {
  const { lang: _ignored, ...rest } = defaultUrlState();
  void _ignored;
  return {
    ...rest,
    lang,
    notices: [],
    deck: DEFAULT_DECK,
    deckOrigin: 'default',
    deckSaveFailed: false,
    handout: false,
    beforePresenting: null,
    contrast: false,
  };
}

const viewStateOf = (s: AppState): ViewState => ({
  view: s.view,
  compare: s.compare,
  growth: s.growth,
  policies: s.policies,
  zones: s.zones,
  rankings: s.rankings,
});

export const useAppStore = create<AppStore>()((set, get) => ({
  ...initialState(),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setCompare: (patch) => set((s) => ({ compare: { ...s.compare, ...patch } })),
  setGrowth: (patch) => set((s) => ({ growth: { ...s.growth, ...patch } })),
  setPolicies: (patch) => set((s) => ({ policies: { ...s.policies, ...patch } })),
  setZones: (patch) => set((s) => ({ zones: { ...s.zones, ...patch } })),
  setRankings: (patch) => set((s) => ({ rankings: { ...s.rankings, ...patch } })),
  applySearch: (search, fallbackLang) => {
    const { state, ignored } = parseSearch(search);
    set((s) => ({
      view: state.view,
      lang: state.lang ?? fallbackLang,
      compare: state.compare,
      growth: state.growth,
      policies: state.policies,
      zones: state.zones,
      rankings: state.rankings,
      present: state.present,
      embed: state.embed,
      // A presented link without a deck means the default deck; otherwise keep the presenter's own.
      deck: state.deck ?? (state.present !== null ? DEFAULT_DECK : s.deck),
      deckOrigin: state.deck ? 'link' : state.present !== null ? 'default' : s.deckOrigin,
      beforePresenting: state.present !== null ? s.beforePresenting : null,
      notices: [...s.notices, ...noticesFor(ignored)],
    }));
  },
  navigate: (target) =>
    set((s) => ({
      view: target.view ?? s.view,
      compare: target.compare ?? s.compare,
      growth: target.growth ?? s.growth,
      policies: target.policies ?? s.policies,
      zones: target.zones ?? s.zones,
      rankings: target.rankings ?? s.rankings,
    })),
  ignoreParams: (params) => set((s) => ({ notices: [...s.notices, ...noticesFor(params)] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  startPresenting: (slide = 0) => {
    const s = get();
    if (!s.deck.length) return;
    const present = clampSlide(s.deck, slide);
    set({
      beforePresenting: s.present === null ? viewStateOf(s) : s.beforePresenting,
      present,
      ...slideState(s.deck[present]?.search ?? ''),
    });
  },
  goToSlide: (slide) => {
    const s = get();
    if (s.present === null) return;
    const present = clampSlide(s.deck, slide);
    if (present !== s.present) set({ present, ...slideState(s.deck[present]?.search ?? '') });
  },
  stopPresenting: () =>
    set((s) =>
      s.present === null ? s : { present: null, beforePresenting: null, ...(s.beforePresenting ?? {}) },
    ),
  setDeck: (deck) => {
    set((s) => {
      const kept = { deck, deckOrigin: 'kept' as const };
      if (!deck.length) return { ...kept, present: null };
      if (s.present === null) return kept;
      const present = clampSlide(deck, s.present);
      return { ...kept, present, ...slideState(deck[present]?.search ?? '') };
    });
    // The deck is in use at once; keeping it may wait for the codec, and says so when it fails.
    keepDeck(deck, (result) => {
      const failed = result === 'failed';
      set((s) => ({
        deckSaveFailed: failed,
        notices:
          failed && !s.deckSaveFailed
            ? [...s.notices, { id: `n${++noticeSeq}`, kind: 'deckNotSaved' as const }]
            : failed
              ? s.notices
              : s.notices.filter((n) => n.kind !== 'deckNotSaved'),
      }));
    });
  },
  takeKeptDeck: ({ deck, unreadable }) =>
    set((s) => ({
      deck: deck.length ? deck : s.deck,
      deckOrigin: deck.length ? 'kept' : s.deckOrigin,
      notices: [
        ...s.notices,
        ...unreadable.map(({ position, label }): Notice => ({
          id: `n${++noticeSeq}`,
          kind: 'keptSlideDropped',
          position,
          label,
        })),
      ],
    })),
  setHandout: (handout) => set({ handout }),
  addCurrentSlide: () => {
    const s = get();
    s.setDeck(addSlide(s.deck, makeSlide(slideOf(urlStateOf(s))), s.present ?? s.deck.length - 1));
  },
  setContrast: (contrast) => set({ contrast }),
}));

/** The part of the store a link reproduces. */
export function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    lang: s.lang,
    compare: s.compare,
    growth: s.growth,
    policies: s.policies,
    zones: s.zones,
    rankings: s.rankings,
    present: s.present,
    deck: s.deck,
    embed: s.embed,
  };
}
