/**
 * lz-string, which writes and reads a deck's compact form, loads on demand: most visits never touch a
 * deck, and it would otherwise sit in the first load. Whoever reads or writes a compact deck loads it
 * first: the start when the address or storage holds a deck, the deck's save, the presentation's chunks.
 */
type Codec = Pick<
  typeof import('lz-string'),
  'compressToEncodedURIComponent' | 'decompressFromEncodedURIComponent'
>;

let codec: Codec | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the codec (once); settles when it is ready. A failed load is tried again next time. */
export function loadDeckCodec(): Promise<void> {
  loading ??= import('lz-string').then(
    (module) => {
      // A CommonJS package: bundlers hand its exports over as the default, some also by name.
      codec = (module as { default?: Codec }).default ?? module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const deckCodecReady = (): boolean => codec !== null;

/** The codec, or null when it has not arrived (a caller that needs it loads it first). */
export const deckCodec = (): Codec | null => codec;
