/**
 * A deck as one URL parameter. Today's form is compact: the slides as JSON, compressed with lz-string
 * into URL-safe characters behind a `z.` mark, so a deck of twenty titled slides fits in a link. The
 * older form (each slide's query escaped, joined by commas) is still read, so old links open.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { makeSlide, TEXT_LIMITS, type Deck, type Slide } from './deck';

const MARK = 'z.';
/** lz-string's alphabet has `+` and `$`, which a query string escapes; `_` and `.` it leaves as they are. */
const toLink = (s: string) => s.replace(/\+/g, '_').replace(/\$/g, '.');
const fromLink = (s: string) => s.replace(/_/g, '+').replace(/\./g, '$');

/** One slide in the link: query without "?", then part, title, caption, notes; empty ones at the end left off. */
type Packed = string[];

function pack(slide: Slide): Packed {
  const fields = [slide.search.replace(/^\?/, ''), slide.part, slide.title, slide.caption, slide.notes];
  while (fields.length > 1 && fields.at(-1) === '') fields.pop();
  return fields;
}

export function encodeDeck(deck: Deck): string {
  return MARK + toLink(compressToEncodedURIComponent(JSON.stringify(deck.map(pack))));
}

/** A slide as read from a link or storage, before its query is checked against the views. */
export interface RawSlide {
  slide: Slide;
  /** Its position in the deck as written (1-based), to name it when it cannot be used. */
  position: number;
}

export interface DecodedDeck {
  slides: RawSlide[];
  /** Entries that are not a slide at all, by position, with what they hold (shortened by the caller). */
  broken: { position: number; text: string }[];
}

function unpack(entry: unknown): Slide | null {
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 5) return null;
  if (!entry.every((f) => typeof f === 'string')) return null;
  const [search, part = '', title = '', caption = '', notes = ''] = entry as string[];
  const fields = { part, title, caption, notes };
  for (const [name, value] of Object.entries(fields))
    if (value.length > TEXT_LIMITS[name as keyof typeof TEXT_LIMITS]) return null;
  return makeSlide(`?${search}`, fields);
}

function decodeCompact(raw: string): DecodedDeck {
  let entries: unknown;
  try {
    entries = JSON.parse(decompressFromEncodedURIComponent(fromLink(raw.slice(MARK.length))) ?? '');
  } catch {
    entries = null;
  }
  if (!Array.isArray(entries)) return { slides: [], broken: [{ position: 1, text: raw }] };
  const decoded: DecodedDeck = { slides: [], broken: [] };
  entries.forEach((entry, i) => {
    const slide = unpack(entry);
    if (slide) decoded.slides.push({ slide, position: i + 1 });
    else decoded.broken.push({ position: i + 1, text: JSON.stringify(entry) ?? '' });
  });
  return decoded;
}

/** The form before titles: slide queries, each escaped, joined by commas. */
function decodeLegacy(raw: string): DecodedDeck {
  const decoded: DecodedDeck = { slides: [], broken: [] };
  raw.split(',').forEach((part, i) => {
    if (!part) return;
    try {
      decoded.slides.push({ slide: makeSlide(`?${decodeURIComponent(part)}`), position: i + 1 });
    } catch {
      decoded.broken.push({ position: i + 1, text: part });
    }
  });
  return decoded;
}

/** Reads a deck parameter in either form; never throws. */
export function decodeDeck(raw: string): DecodedDeck {
  return raw.startsWith(MARK) ? decodeCompact(raw) : decodeLegacy(raw);
}
