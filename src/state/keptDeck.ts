import type { Deck } from './deck';
import { deckCodecReady, encodeDeck, loadDeckCodec } from './deckCodec';
import { readDeck, type UnreadableSlide } from './url';

/** The deck as a whole, in the link's form (which has no length limit here). */
const DECK_KEY = 'etdz.deck.v2';
/** Where decks were kept before slides had titles; read once, removed only after the new key is written. */
const LEGACY_KEY = 'etdz.deck';
/** A kept deck that could not be read whole is copied here before anything overwrites it. */
const BACKUP_KEY = 'etdz.deck.unreadable';

export interface KeptDeck {
  deck: Deck;
  /** Slides that could not be read: dropped, and named in a notice; the others stay. */
  unreadable: UnreadableSlide[];
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether this browser keeps a deck at all (its codec must then be loaded before the start reads it). */
export function hasKeptDeck(): boolean {
  try {
    const store = storage();
    return !!(store?.getItem(DECK_KEY) ?? store?.getItem(LEGACY_KEY));
  } catch {
    return false;
  }
}

/**
 * The deck the presenter last edited, read slide by slide through the same checks as a link's deck.
 * null when nothing is kept (or storage cannot be read at all).
 */
export function loadKeptDeck(): KeptDeck | null {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(DECK_KEY) ?? store?.getItem(LEGACY_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  const { deck, unreadable, tooMany } = readDeck(raw);
  if (unreadable.length || tooMany) {
    try {
      if (!store?.getItem(BACKUP_KEY)) store?.setItem(BACKUP_KEY, raw);
    } catch {
      // The notice still names what was dropped; a copy is a courtesy.
    }
  }
  return { deck, unreadable };
}

export type SaveResult = 'saved' | 'failed';

/**
 * Keeps the deck in this browser. When the browser refuses (storage full, private mode) the deck kept
 * before stays as it was, and the caller tells the presenter.
 */
export function saveKeptDeck(deck: Deck): SaveResult {
  const store = storage();
  if (!store) return 'failed';
  try {
    store.setItem(DECK_KEY, encodeDeck(deck));
  } catch {
    return 'failed';
  }
  try {
    store.removeItem(LEGACY_KEY);
  } catch {
    // The new key is written and is read first; a stale legacy copy does no harm.
  }
  return 'saved';
}

/**
 * Keeps the deck once the codec is there: at once when it is, else when it arrives (saves made while it
 * loads are written in the order they were asked for, so the last one wins). A codec that cannot load
 * fails the save, which the caller reports; the deck kept before stays.
 */
export function keepDeck(deck: Deck, done: (result: SaveResult) => void): void {
  if (deckCodecReady()) return done(saveKeptDeck(deck));
  loadDeckCodec().then(
    () => done(saveKeptDeck(deck)),
    () => done('failed'),
  );
}
