import { isLanguage } from '../i18n/languages';
import { DEFAULT_DECK, isDefaultDeck, MAX_SLIDES, type Deck, type Slide } from './deck';
import { decodeDeck, encodeDeck } from './deckCodec';
import {
  MAX_PARAM_LENGTH,
  parseEnum,
  readableQuery,
  shorten,
  type IgnoredParam,
  type ParseContext,
} from './params/codec';
import { compareParams, type CompareParams } from './params/compare';
import { growthParams, type GrowthParams } from './params/growth';
import type { ParamGroup } from './params/group';
import { policiesParams, type PoliciesParams } from './params/policies';
import { rankingsParams, type RankingsParams } from './params/rankings';
import { zonesParams, type ZonesParams } from './params/zones';
import { DEFAULT_VIEW, VIEWS, type ViewId } from './views';

/** Everything a shared link carries. */
export interface UrlState {
  view: ViewId;
  /** null when the link does not choose a language. */
  lang: string | null;
  compare: CompareParams;
  growth: GrowthParams;
  policies: PoliciesParams;
  zones: ZonesParams;
  rankings: RankingsParams;
  /** The slide shown in presentation mode (0-based), or null when not presenting. */
  present: number | null;
  /** The deck the link carries; null means the link does not say (the kept or default deck applies). */
  deck: Deck | null;
  /** One chart with its title, sources and a link back, for an iframe on another site (embed=1). */
  embed: boolean;
}

const GROUPS = {
  compare: compareParams,
  growth: growthParams,
  policies: policiesParams,
  zones: zonesParams,
  rankings: rankingsParams,
} satisfies Partial<Record<ViewId, ParamGroup<unknown>>>;
type GroupName = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as GroupName[];

const COMMON = ['view', 'lang', 'present', 'deck', 'embed'];
/**
 * A deck holds several slides with the presenter's words, so it may be far longer than other
 * parameters; the deck editor shows how much of this a deck uses before it is reached.
 */
export const MAX_DECK_LENGTH = 8000;
const KNOWN = new Set([...COMMON, ...GROUP_NAMES.flatMap((g) => GROUPS[g].names)]);

export function defaultUrlState(): UrlState {
  return {
    view: DEFAULT_VIEW,
    lang: null,
    compare: structuredClone(compareParams.defaults),
    growth: structuredClone(growthParams.defaults),
    policies: structuredClone(policiesParams.defaults),
    zones: structuredClone(zonesParams.defaults),
    rankings: structuredClone(rankingsParams.defaults),
    present: null,
    deck: null,
    embed: false,
  };
}

/** Reads a query string into state. Never throws; whatever it cannot use is listed in `ignored`. */
export function parseSearch(search: string): { state: UrlState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const ctx: ParseContext = {
    // Two views may read the same parameter (year): one notice is enough.
    ignore: (name, value, reason) => {
      const entry = { name: shorten(name), value: shorten(value), reason };
      if (!ignored.some((i) => i.name === entry.name && i.value === entry.value && i.reason === entry.reason))
        ignored.push(entry);
    },
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state: defaultUrlState(),
      ignored: [{ name: '?', value: shorten(search), reason: 'unknownValue' }],
    };
  }

  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (!KNOWN.has(name)) ctx.ignore(name, value, 'unknownParam');
    else if (values.has(name)) ctx.ignore(name, value, 'duplicate');
    else if (value.length > (name === 'deck' ? MAX_DECK_LENGTH : MAX_PARAM_LENGTH))
      ctx.ignore(name, value, 'tooLong');
    else values.set(name, value);
  }
  const get = (name: string) => values.get(name) ?? null;

  const rawLang = get('lang');
  let lang: string | null = null;
  if (rawLang !== null) {
    if (isLanguage(rawLang)) lang = rawLang;
    else ctx.ignore('lang', rawLang, 'unknownValue');
  }

  const state: UrlState = {
    view: parseEnum(ctx, 'view', get('view'), VIEWS, DEFAULT_VIEW),
    lang,
    compare: compareParams.parse(get, ctx),
    growth: growthParams.parse(get, ctx),
    policies: policiesParams.parse(get, ctx),
    zones: zonesParams.parse(get, ctx),
    rankings: rankingsParams.parse(get, ctx),
    present: null,
    deck: null,
    embed: false,
  };
  const rawEmbed = get('embed');
  if (rawEmbed === '1') state.embed = true;
  else if (rawEmbed !== null) ctx.ignore('embed', rawEmbed, 'unknownValue');
  const rawDeck = get('deck');
  if (rawDeck !== null) state.deck = parseDeck(rawDeck, ctx);
  const rawPresent = get('present');
  if (rawPresent !== null) {
    const deck = state.deck ?? DEFAULT_DECK;
    const n = /^\d{1,3}$/.test(rawPresent) ? Number(rawPresent) : NaN;
    if (n >= 1 && n <= deck.length) state.present = n - 1;
    else {
      ctx.ignore('present', rawPresent, Number.isNaN(n) ? 'unknownValue' : 'noSuchSlide');
      state.present = 0;
    }
    Object.assign(state, slideState(deck[state.present]?.search ?? ''));
  }
  return { state, ignored };
}

/** What a view shows: the view and the parameters of every view (each view reads its own). */
export type ViewState = Pick<UrlState, 'view' | GroupName>;

/** The view and filters a slide shows. */
export function slideState(slide: string): ViewState {
  const { view, compare, growth, policies, zones, rankings } = parseSearch(slide).state;
  return { view, compare, growth, policies, zones, rankings };
}

/** The slide link for what is on screen: the current view and its filters, without language. */
export function slideOf(state: UrlState): string {
  return toSearch({ ...state, lang: null, present: null, deck: null, embed: false }) || '?';
}

/** A slide that cannot be used, named for the presenter: its position and its title or query. */
export interface UnreadableSlide {
  position: number;
  label: string;
}

/**
 * Reads a deck slide by slide: each slide must be a clean link to one view (nothing the dashboard
 * would ignore, no nested deck or language), and at most MAX_SLIDES are kept. Whatever cannot be used
 * is listed, never silently dropped, and the rest of the deck stays.
 */
export function readDeck(raw: string): { deck: Slide[]; unreadable: UnreadableSlide[]; tooMany: number } {
  const { slides, broken } = decodeDeck(raw);
  const unreadable: UnreadableSlide[] = broken.map(({ position, text }) => ({
    position,
    label: shorten(text),
  }));
  const deck: Slide[] = [];
  let tooMany = 0;
  for (const { slide, position } of slides) {
    const { state, ignored } = parseSearch(slide.search);
    if (
      ignored.length ||
      state.present !== null ||
      state.deck !== null ||
      state.lang !== null ||
      state.embed
    ) {
      unreadable.push({ position, label: shorten(slide.title || slide.search) });
      continue;
    }
    if (deck.length >= MAX_SLIDES) {
      tooMany += 1;
      continue;
    }
    deck.push({ ...slide, search: slideOf(state) });
  }
  unreadable.sort((a, b) => a.position - b.position);
  return { deck, unreadable, tooMany };
}

/** A link's deck: what cannot be used is reported; an empty result falls back to the kept deck. */
function parseDeck(raw: string, ctx: ParseContext): Deck | null {
  const { deck, unreadable, tooMany } = readDeck(raw);
  for (const { position, label } of unreadable) ctx.ignore('deck', `${position}: ${label}`, 'badSlide');
  if (tooMany) ctx.ignore('deck', String(tooMany), 'tooMany');
  return deck.length ? deck : null;
}

/** Whether a link to this state carries its deck (a presented deck other than the default one). */
export function carriesDeck(state: Pick<UrlState, 'present' | 'deck'>): boolean {
  return state.present !== null && !!state.deck && !isDefaultDeck(state.deck);
}

/**
 * Writes the state of the current view as a query string (with leading "?", or "" when all is default).
 * A state that carries its deck needs the deck codec loaded (see deckCodec.ts).
 */
export function toSearch(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => params.set(name, value);
  if (state.present !== null) {
    // A presented slide is reproduced by its number in the deck; the slide itself holds the view.
    set('present', String(state.present + 1));
    if (state.deck && carriesDeck(state)) set('deck', encodeDeck(state.deck));
    if (state.lang) set('lang', state.lang);
    return `?${readableQuery(params, ['deck'])}`;
  }
  if (state.view !== DEFAULT_VIEW) set('view', state.view);
  if (state.lang) set('lang', state.lang);
  if (state.view in GROUPS) {
    const view = state.view as GroupName;
    (GROUPS[view] as ParamGroup<UrlState[GroupName]>).serialize(state[view], set);
  }
  if (state.embed) set('embed', '1');
  const text = readableQuery(params, ['deck']);
  return text ? `?${text}` : '';
}
