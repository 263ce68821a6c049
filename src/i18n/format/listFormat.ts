import { cached } from './intlCache';

// Apart from intlCache.ts: only Compare joins lists, so this stays out of the code every view loads first.
const listFormats = new Map<string, Intl.ListFormat>();

export function listFormat(lng: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(listFormats, lng, options, () => new Intl.ListFormat(lng, options));
}
