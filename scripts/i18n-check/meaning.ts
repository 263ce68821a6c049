/**
 * Placeholders checked for what they hold, not only for their spelling: a value the code formats
 * already carries its unit in the reader's language — a year reads "2024年" in Japanese, an amount
 * "16.9兆" — so "データ年：{{year}}年" would show "2024年年". The kind of each placeholder comes from
 * the code that fills it (see extract.ts).
 */
import { formatPartialDate, formatYear } from '../../src/i18n/format/date';

/**
 * What the code puts into a placeholder: a formatted year or date, an amount (a number with its scale
 * word: 16.9 trillion, 16.9万亿), a figure (an amount with its unit: CNY 16.9 trillion, 16.9万亿元), a
 * plain number, or anything else.
 */
export type PlaceholderKind = 'year' | 'date' | 'amount' | 'figure' | 'number' | 'other';

export const PLACEHOLDER_KINDS: readonly PlaceholderKind[] = [
  'year',
  'date',
  'amount',
  'figure',
  'number',
  'other',
];

function outerWords(formatted: string): { prefix: string; suffix: string } {
  const m = /^([^\d]*)\d(?:.*\d)?([^\d]*)$/su.exec(formatted);
  return { prefix: (m?.[1] ?? '').trim(), suffix: (m?.[2] ?? '').trim() };
}

/**
 * The words a formatted value of the kind starts or ends with in a language: 年 after a year, 日 after
 * a day, 兆 or "trillion" after an amount. `unitWords` are the language's own unit texts around
 * {{amount}} (元, 美元), which a formatted figure also carries.
 */
export function carriedWords(
  kind: PlaceholderKind,
  lng: string,
  unitWords: readonly string[] = [],
): { prefixes: string[]; suffixes: string[] } {
  const samples: string[] = [];
  try {
    if (kind === 'year') samples.push(formatYear(2024, lng));
    if (kind === 'date')
      samples.push(
        ...['2024-03', '2024-11', '2024-03-05', '2024-11-25'].map((d) => formatPartialDate(d, lng)),
      );
    if (kind === 'amount' || kind === 'figure')
      for (const n of [1.69e4, 1.69e5, 1.69e8, 1.69e9, 1.69e12, 1.69e13])
        samples.push(new Intl.NumberFormat(lng, { notation: 'compact', compactDisplay: 'long' }).format(n));
  } catch {
    return { prefixes: [], suffixes: [] };
  }
  const words = samples.map(outerWords);
  // A word before the digits counts only when every sample has it (a month name does not).
  const prefix = words.every((w) => w.prefix === words[0]?.prefix) ? (words[0]?.prefix ?? '') : '';
  const suffixes = new Set<string>(kind === 'figure' ? unitWords : []);
  for (const w of words) if (w.suffix) suffixes.add(w.suffix);
  return { prefixes: prefix ? [prefix] : [], suffixes: [...suffixes] };
}

/** The words around {{amount}} in a language's units texts ("{{amount}}元" → 元, "CNY {{amount}}" → CNY). */
export function unitWordsOf(unitTexts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of unitTexts) {
    const m = /^(.*)\{\{\s*amount\s*\}\}(.*)$/su.exec(text);
    if (!m) continue;
    for (const part of [m[1], m[2]]) {
      const w = (part ?? '').trim();
      if (w && /\p{L}/u.test(w)) words.add(w);
    }
  }
  return [...words];
}

/**
 * Where a text repeats what a placeholder already carries: "{{year}}年" in Japanese, "{{amount}} trillion"
 * in English. Returns a sentence per problem.
 */
export function doubledWords(
  text: string,
  kinds: ReadonlyMap<string, PlaceholderKind>,
  lng: string,
  unitWords: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)) {
    const name = m[1] as string;
    const kind = kinds.get(name);
    if (!kind || kind === 'other' || kind === 'number') continue;
    const { prefixes, suffixes } = carriedWords(kind, lng, unitWords);
    const after = text.slice((m.index ?? 0) + m[0].length).trimStart();
    const before = text.slice(0, m.index).trimEnd();
    const example = kind === 'year' ? formatYear(2024, lng) : null;
    for (const s of suffixes)
      if (after.startsWith(s))
        problems.push(
          `{{${name}}} already ends in "${s}"${example ? ` (it shows ${example})` : ''}: "{{${name}}}${s}" would show it twice`,
        );
    for (const p of prefixes)
      if (before.endsWith(p))
        problems.push(`{{${name}}} already starts with "${p}": "${p}{{${name}}}" would show it twice`);
  }
  return problems;
}
