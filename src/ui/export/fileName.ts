/** A file name that says what is inside: `regional-gdp_2002-2024_en.png`. */
export function exportFileName(name: string, years: readonly number[], lang: string, ext: string): string {
  const slug =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart';
  const known = years.filter(Number.isFinite);
  const from = known.length ? Math.min(...known) : null;
  const to = known.length ? Math.max(...known) : null;
  const span = from === null ? '' : from === to ? `_${from}` : `_${from}-${to}`;
  return `${slug}${span}_${lang}.${ext}`;
}

/** "A, B, C" and how many more beyond the first `max`: the source line of an image. */
export function firstFew<T>(items: readonly T[], max = 3): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
