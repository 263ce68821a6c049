import type { Deck } from './deck';
import { encodeDeck } from './deck';
import { parseSearch } from './url';

const DECK_KEY = 'etdz.deck';

/** The deck the presenter last edited, read back through the same checks as a link's deck. */
export function loadKeptDeck(): Deck | null {
  try {
    const raw = localStorage.getItem(DECK_KEY);
    if (!raw) return null;
    const { state, ignored } = parseSearch(`?${new URLSearchParams({ deck: raw }).toString()}`);
    return ignored.length ? null : state.deck;
  } catch {
    return null;
  }
}

export function saveKeptDeck(deck: Deck): void {
  try {
    localStorage.setItem(DECK_KEY, encodeDeck(deck));
  } catch {
    // Private mode may refuse storage; the deck still travels in the link.
  }
}
