/**
 * A presentation deck: an ordered list of slides. Each slide is a view with its state written as a
 * query string (what a link to that view would say, without the language), the part of the view it
 * shows, and the presenter's own words: title, caption and speaker notes, kept as typed, in any
 * language. Pure list operations, so they are tested without React or a browser.
 */
import type { CommonKey } from '../i18n/keys';
import { compareLink, compareSearch } from './params/compare';

export interface Slide {
  /** The view and its filters, e.g. `?view=growth&year=2010`; `?` is the default view. */
  readonly search: string;
  /**
   * Which part of the view the slide shows, where a view has several: a Compare panel (its unit), a
   * Sources figure. Empty means the view's first.
   */
  readonly part: string;
  /** The presenter's title; empty means the slide's own default title. */
  readonly title: string;
  readonly caption: string;
  /** Speaker notes: shown in the presenter window, never on the slide. */
  readonly notes: string;
}

export type Deck = readonly Slide[];

export const MAX_SLIDES = 20;

/** What the editor lets a presenter type, and what a link or the kept deck may carry. */
export const TEXT_LIMITS = { title: 120, caption: 240, notes: 2000, part: 80 } as const;

export function makeSlide(search: string, fields: Partial<Omit<Slide, 'search'>> = {}): Slide {
  return { search, part: '', title: '', caption: '', notes: '', ...fields };
}

/**
 * The story of the zones, one point per slide; the order follows the talk, not the navigation. A
 * slide with a title key has a message worth more than its view's default title; the others (the
 * work plan, the disputed figure) are best named by their data.
 */
const DEFAULT_SLIDES: ReadonlyArray<readonly [Slide, CommonKey | null]> = [
  [makeSlide('?'), 'present.defaultSlide.overview'],
  [makeSlide('?view=growth'), 'present.defaultSlide.growth'],
  [
    makeSlide(compareSearch(compareLink({ ind: ['gdp', 'gdp_share_national_pct'], from: 2006, to: 2024 })), {
      part: 'CNY billion',
    }),
    'present.defaultSlide.gdp',
  ],
  [
    makeSlide(
      compareSearch(
        compareLink({ ind: ['trade_share_national_pct', 'fdi_share_national_pct'], from: 2006, to: 2024 }),
      ),
      { part: '%' },
    ),
    'present.defaultSlide.shares',
  ],
  [
    makeSlide(
      compareSearch(
        compareLink({
          ind: ['zone_count', 'gdp'],
          reg: ['east', 'central', 'west', 'northeast'],
          chart: 'bars',
          year: 2023,
        }),
      ),
      { part: 'count' },
    ),
    'present.defaultSlide.regions',
  ],
  [makeSlide('?view=policies&doc=CN-MOFCOM-2025-132'), null],
  [makeSlide('?view=sources', { part: 'gdp|2023|FY|national' }), null],
];

export const DEFAULT_DECK: Deck = DEFAULT_SLIDES.map(([slide]) => slide);

const slideKey = (s: Pick<Slide, 'search' | 'part'>) => `${s.search}#${s.part}`;
const DEFAULT_TITLES = new Map(
  DEFAULT_SLIDES.flatMap(([s, key]) => (key ? [[slideKey(s), key] as const] : [])),
);

/**
 * The translated title a slide of the default deck carries, wherever it is in the deck; null for any
 * other slide (it is named by its view) or one the presenter has titled.
 */
export function defaultTitleKey(slide: Slide): CommonKey | null {
  return slide.title ? null : (DEFAULT_TITLES.get(slideKey(slide)) ?? null);
}

export function sameSlide(a: Slide, b: Slide): boolean {
  return (
    a.search === b.search &&
    a.part === b.part &&
    a.title === b.title &&
    a.caption === b.caption &&
    a.notes === b.notes
  );
}

export function isDefaultDeck(deck: Deck): boolean {
  return deck.length === DEFAULT_DECK.length && deck.every((s, i) => sameSlide(s, DEFAULT_DECK[i] as Slide));
}

/** Adds a slide after the given position (at the end by default); a full deck is returned unchanged. */
export function addSlide(deck: Deck, slide: Slide, after = deck.length - 1): Deck {
  if (deck.length >= MAX_SLIDES) return deck;
  const at = Math.min(Math.max(after + 1, 0), deck.length);
  return [...deck.slice(0, at), slide, ...deck.slice(at)];
}

/** A copy of a slide right after it, for a variant (another year, another panel, another title). */
export function duplicateSlide(deck: Deck, index: number): Deck {
  const slide = deck[index];
  return slide ? addSlide(deck, slide, index) : deck;
}

export function removeSlide(deck: Deck, index: number): Deck {
  if (index < 0 || index >= deck.length) return deck;
  return deck.filter((_, i) => i !== index);
}

/** Moves one slide to another position; out-of-range moves change nothing. */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  if (from < 0 || from >= deck.length || to < 0 || to >= deck.length || from === to) return deck;
  const next = [...deck];
  const [slide] = next.splice(from, 1);
  next.splice(to, 0, slide as Slide);
  return next;
}

/** Changes the presenter's words or the part of one slide, each text cut to its limit. */
export function updateSlide(
  deck: Deck,
  index: number,
  patch: Partial<Pick<Slide, 'part' | 'title' | 'caption' | 'notes'>>,
): Deck {
  const slide = deck[index];
  if (!slide) return deck;
  const next = { ...slide };
  for (const [field, value] of Object.entries(patch) as [keyof typeof TEXT_LIMITS, string][])
    next[field] = value.slice(0, TEXT_LIMITS[field]);
  return deck.map((s, i) => (i === index ? next : s));
}

/** Keeps a slide number inside the deck. */
export function clampSlide(deck: Deck, index: number): number {
  return Math.min(Math.max(index, 0), Math.max(deck.length - 1, 0));
}
