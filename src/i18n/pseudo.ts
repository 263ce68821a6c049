/**
 * The pseudo-locale (en-XA): every English text accented, about 35 % longer and in brackets, e.g.
 * "Compare" → "[Çöɱþåŕé ···]". Text on screen that reads plain is text that never went through
 * locales/; a bracket cut off is a label that will not fit a longer language.
 */
import { SETTING_KEYS } from './constants';

export type Resource = Record<string, unknown>;

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšŧüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÜṼŴẊÝŽ'][i] as string,
  ]),
);

/** What i18next fills in or resolves itself: kept as written so interpolation and nesting still work. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** The share by which a pseudo text is longer than its source, as many longer languages are. */
const GROWTH = 0.35;

export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

export function pseudoLocalise(text: string): string {
  const parts = text.split(KEEP);
  const words = parts.filter((_, i) => i % 2 === 0).join('');
  // Only punctuation around placeholders ("{{name}}, {{year}}"): nothing a translator words.
  if (!/\p{L}/u.test(words)) return text;
  const accented = parts.map((p, i) => (i % 2 === 1 ? p : [...p].map((c) => ACCENTED[c] ?? c).join('')));
  // The brackets and the space before the padding count towards the growth.
  const padding = '·'.repeat(Math.max(1, Math.round([...words].length * GROWTH) - 3));
  return `${PSEUDO_OPEN}${accented.join('')} ${padding}${PSEUDO_CLOSE}`;
}

/** A namespace's texts in the pseudo-locale; settings (a notation name) stay as they are. */
export function pseudoResource(resource: Resource, ns: string): Resource {
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') return `${ns}:${path}` in SETTING_KEYS ? value : pseudoLocalise(value);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k)]),
      );
    return value;
  };
  return walk(resource, '') as Resource;
}
