/**
 * A presentation deck: an ordered list of slides, each slide a view with its state written as a
 * query string (what a link to that view would say, without the language). Pure list operations,
 * so they are tested without React or a browser.
 */
import type { CommonKey } from '../i18n/keys';
import { COMPARE_PRESETS, compareLink, compareSearch } from './params/compare';

export type Deck = readonly string[];

export const MAX_SLIDES = 20;

/**
 * The story of the zones in five slides, each with its caption; the order follows the talk, not the
 * navigation.
 */
const DEFAULT_SLIDES = [
  ['?view=growth', 'present.defaultSlide.1'],
  [compareSearch(COMPARE_PRESETS.gdp), 'present.defaultSlide.2'],
  [compareSearch(COMPARE_PRESETS.shares), 'present.defaultSlide.3'],
  [
    compareSearch(
      compareLink({
        ind: ['zone_count', 'gdp'],
        reg: ['east', 'central', 'west', 'northeast'],
        chart: 'bars',
        year: 2023,
      }),
    ),
    'present.defaultSlide.4',
  ],
  ['?view=policies&doc=CN-MOFCOM-2025-132', 'present.defaultSlide.5'],
] as const satisfies readonly (readonly [string, CommonKey])[];

export const DEFAULT_DECK: Deck = DEFAULT_SLIDES.map(([search]) => search);

/** Captions of the default slides, keyed by their query; other slides use the view's title. */
export const DEFAULT_CAPTIONS: Readonly<Record<string, CommonKey>> = Object.fromEntries(DEFAULT_SLIDES);

export function isDefaultDeck(deck: Deck): boolean {
  return deck.length === DEFAULT_DECK.length && deck.every((s, i) => s === DEFAULT_DECK[i]);
}

/** Adds a slide after the given position (at the end by default); a full deck is returned unchanged. */
export function addSlide(deck: Deck, search: string, after = deck.length - 1): Deck {
  if (deck.length >= MAX_SLIDES) return deck;
  const at = Math.min(Math.max(after + 1, 0), deck.length);
  return [...deck.slice(0, at), search, ...deck.slice(at)];
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
  next.splice(to, 0, slide as string);
  return next;
}

/** Keeps a slide number inside the deck. */
export function clampSlide(deck: Deck, index: number): number {
  return Math.min(Math.max(index, 0), Math.max(deck.length - 1, 0));
}

/** The overview with nothing set is the empty query, which a deck would read as no slide at all. */
const OVERVIEW_SLIDE = 'view=overview';

/** One URL parameter for the whole deck: slides joined by commas, each slide's own query escaped. */
export function encodeDeck(deck: Deck): string {
  return deck.map((s) => encodeURIComponent(s.replace(/^\?/, '') || OVERVIEW_SLIDE)).join(',');
}

/** Splits a deck parameter into slide queries; an entry that is not valid escaping is reported. */
export function splitDeck(raw: string): { slides: string[]; broken: string[] } {
  const slides: string[] = [];
  const broken: string[] = [];
  for (const part of raw.split(',')) {
    if (!part) continue;
    try {
      slides.push(`?${decodeURIComponent(part)}`);
    } catch {
      broken.push(part);
    }
  }
  return { slides, broken };
}
