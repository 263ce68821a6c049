/**
 * Intl formatters are costly to build (a few hundred microseconds each, milliseconds on a slow phone)
 * and cheap to reuse, while a language switch formats hundreds of figures and dates: so one formatter
 * per language and options, kept for the page's life. The options of a call site are a handful of
 * fixed shapes, so the cache stays small.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function cached<F>(cache: Map<string, F>, lng: string, options: object, make: () => F): F {
  const key = `${lng}\u0000${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(lng: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, lng, options, () => new Intl.NumberFormat(lng, options));
}

export function dateTimeFormat(lng: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, lng, options, () => new Intl.DateTimeFormat(lng, options));
}
