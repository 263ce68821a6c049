/**
 * The deck's link form (deckLink.ts, with lz-string for its compact form) loads on demand: most visits
 * never touch a deck, and it would otherwise sit in the first load. Whoever reads or writes a deck
 * loads it first: the start when the address or storage holds a deck, the deck's save, the
 * presentation's chunks.
 */
import type { Deck } from './deck';
import type { DecodedDeck } from './deckLink';

type Codec = typeof import('./deckLink');

let codec: Codec | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the codec (once); settles when it is ready. A failed load is tried again next time. */
export function loadDeckCodec(): Promise<void> {
  loading ??= import('./deckLink').then(
    (module) => {
      codec = module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const deckCodecReady = (): boolean => codec !== null;

/** A deck in its link form. Writing a deck without the codec would lose it, so this throws. */
export function encodeDeck(deck: Deck): string {
  if (!codec) throw new Error('encodeDeck: the deck codec has not loaded (loadDeckCodec)');
  return codec.encodeDeck(deck);
}

/**
 * Reads a deck in either link form; never throws. Without the codec (its chunk failed to load) the deck
 * is reported as unreadable, never taken as empty: the caller names it in a notice, and a kept copy is
 * backed up before anything overwrites it.
 */
export function decodeDeck(raw: string): DecodedDeck {
  return codec ? codec.decodeDeck(raw) : { slides: [], broken: [{ position: 1, text: raw }] };
}
