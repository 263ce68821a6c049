import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckCodec } from '../../../src/state/deckCodec';
import { REGIONS, SERIES } from '../../../src/data/schema/enums';
import { makeSlide } from '../../../src/state/deck';
import { encodeDeck } from '../../../src/state/deckLink';
import { CHART_KINDS, COMPARE_MODES, compareParams, PERIOD_KINDS } from '../../../src/state/params/compare';
import { growthParams, PROVINCE_MEASURES, ZONE_FILTERS } from '../../../src/state/params/growth';
import { policiesParams } from '../../../src/state/params/policies';
import { parseSearch, toSearch, type UrlState } from '../../../src/state/url';
import { VIEWS } from '../../../src/state/views';

// Links with a custom presented deck are written here: the codec the app loads on demand is loaded up front.
beforeAll(() => loadDeckCodec());

/**
 * Property tests of the shareable URL: whatever a link says, parsing never throws, and the link the
 * app writes back for it is canonical — it parses with nothing ignored and writes itself again.
 */
const RUNS = Number(process.env.URL_RUNS ?? 10_000);

const NAMES = [
  'view',
  'lang',
  'present',
  'deck',
  ...compareParams.names,
  ...growthParams.names,
  ...policiesParams.names,
];

/** Mostly right, sometimes nearly right, sometimes junk: the mix a hand-edited or truncated link has. */
const usually = <T extends string>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: wrong, weight: 1 });

const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[a-z0-9_.,%&=?#+ -]{0,20}$/),
  fc.integer({ min: 90, max: 620 }).map((n) => 'x'.repeat(n)),
);
const id = fc.oneof(
  fc.constantFrom('gdp', 'fdi_actual_usd', 'zone_count', 'CN-MOFCOM-2025-132', 'batch.first', 'beijing'),
  fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,30}$/),
);
const key = fc.oneof(
  fc.constantFrom('open-up', 'roles', '3', 'innovation'),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
);
const listOf = (item: fc.Arbitrary<string>) =>
  fc.array(usually(item, junk), { maxLength: 14 }).map((items) => items.join(','));
const year = usually(fc.integer({ min: 1980, max: 2035 }).map(String), fc.stringMatching(/^\d{1,5}$/));
const oneOf = (values: readonly string[]) => usually(fc.constantFrom(...values), junk);

const VALUES: Record<string, fc.Arbitrary<string>> = {
  view: oneOf(VIEWS),
  lang: oneOf(['zh', 'en']),
  present: usually(fc.integer({ min: 0, max: 25 }).map(String), junk),
  ind: listOf(id),
  reg: listOf(fc.constantFrom(...REGIONS)),
  from: year,
  to: year,
  year,
  base: year,
  mode: oneOf(COMPARE_MODES),
  chart: oneOf(CHART_KINDS),
  per: oneOf(PERIOD_KINDS),
  ser: listOf(fc.constantFrom(...SERIES)),
  zone: usually(id, junk),
  prov: usually(id, junk),
  pm: oneOf(PROVINCE_MEASURES),
  ms: usually(id, junk),
  zf: oneOf(ZONE_FILTERS),
  doc: usually(id, junk),
  area: usually(key, junk),
  tag: listOf(key),
  measure: usually(id, junk),
  q: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 110 }), fc.stringMatching(/^[a-z ,&=%+]{0,30}$/)),
};

/** A query: a few of the known parameters with their values, now and then an unknown or repeated one, raw or escaped. */
const query = (names: readonly string[], deck: fc.Arbitrary<string> | null) =>
  fc
    .tuple(
      fc
        .subarray([...names])
        .chain((chosen) =>
          fc.tuple(...chosen.map((n) => fc.tuple(fc.constant(n), n === 'deck' && deck ? deck : VALUES[n]!))),
        ),
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), junk), junk), { maxLength: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, escape]) =>
      [...known, ...extra]
        .map(([n, v]) => (escape ? `${encodeURIComponent(n)}=${encodeURIComponent(v)}` : `${n}=${v}`))
        .join('&'),
    )
    .map((q) => `?${q}`);

const SLIDE_NAMES = NAMES.filter((n) => n !== 'present' && n !== 'deck' && n !== 'lang');
const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
/** Slides a presenter really adds: clean links to one view, many of them to a deck. */
const cleanSlide = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }).map((q) => `?view=policies&q=${q}`),
  fc.array(id, { minLength: 1, maxLength: 12 }).map((ind) => `?view=compare&ind=${ind.join(',')}`),
  fc.constantFrom('?', '?view=overview', '?view=growth&year=2003', '?view=sources'),
);
/** Long searches in Chinese: each character takes 9 characters once escaped, and 15 once the deck escapes it again. */
const longChineseSlide = fc
  .string({ unit: han, minLength: 10, maxLength: 100, size: 'max' })
  .map((q) => `?view=policies&q=${q}`);
/** The deck parameter before the compact form, which old links still carry: escaped queries, joined by commas. */
const oldDeck = (slides: string[]) =>
  slides.map((s) => encodeURIComponent(s.replace(/^\?/, '') || 'view=overview')).join(',');
const compactDeck = (slides: string[]) => encodeDeck(slides.map((s) => makeSlide(s)));
const deckOf = (slide: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.array(query(SLIDE_NAMES, null), { maxLength: 8 }).map(compactDeck),
    fc.array(slide, { minLength: 1, maxLength: 20 }).map(compactDeck),
    fc.array(query(SLIDE_NAMES, null), { maxLength: 8 }).map(oldDeck),
    fc.array(slide, { minLength: 1, maxLength: 20 }).map(oldDeck),
    fc.array(fc.oneof(query(SLIDE_NAMES, null), junk), { maxLength: 4 }).map((parts) => parts.join(',')),
  );
const searchWith = (deck: fc.Arbitrary<string>) =>
  fc.oneof(
    { arbitrary: query(NAMES, deck), weight: 8 },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  );
const anySearch = searchWith(deckOf(cleanSlide));
const longDeckSearch = searchWith(deckOf(fc.oneof(cleanSlide, longChineseSlide)));

function expectCanonical(search: string) {
  const first = parseSearch(search).state;
  const canonical = toSearch(first);
  const again = parseSearch(canonical);
  expect(again.ignored).toEqual([]);
  expect(shown(again.state)).toEqual(shown(first));
  expect(toSearch(again.state)).toBe(canonical);
}

/** What the link shows: the view and its own filters (other views' filters are not written to it). */
function shown(state: UrlState) {
  const own = state.view === 'overview' || state.view === 'sources' ? null : state[state.view];
  // The publication series are a set: a link lists them in the catalogue's order.
  const sets = state.view === 'compare' ? { ser: [...state.compare.ser].sort() } : {};
  return {
    view: state.view,
    lang: state.lang,
    present: state.present,
    // A link carries its deck only while presenting; then every slide must survive the round trip.
    deck: state.present === null ? null : state.deck,
    own: own && { ...own, ...sets },
  };
}

describe('parseSearch (property)', () => {
  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(longDeckSearch, (search) => {
        const { state } = parseSearch(search);
        expect(typeof toSearch(state)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('writes a canonical link: it parses back with nothing ignored, to the same state, and writes itself', () => {
    fc.assert(fc.property(anySearch, expectCanonical), { numRuns: RUNS });
  });

  // Issue 12, break 5: a long deck (twenty slides, long Chinese searches) stays in the link the app writes.
  it('keeps a long deck canonical too', () => {
    fc.assert(fc.property(longDeckSearch, expectCanonical), { numRuns: RUNS });
  });
});
