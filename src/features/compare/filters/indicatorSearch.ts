import type { i18n as I18n } from 'i18next';
import type { ThemeGroup } from '../../../data/selectors/compare/catalog';
import { COMPLETE_LANGUAGES } from '../../../i18n/constants';

/** An indicator's searchable text: names, definitions and aliases in every complete language, lower-cased. */
export type SearchIndex = ReadonlyMap<string, string>;

/** Alias groups name a family of ids: "trade" covers trade_total_cny and top10_trade_zones_trade_cny. */
const covers = (group: string, id: string) => new RegExp(`(^|_)${group}(_|$)`).test(id);

/**
 * The search text of every offered indicator, from the loaded texts of both complete languages, so a
 * reader finds "foreign trade" by typing 外贸 on an English page or "trade" on a Chinese one.
 */
export function buildSearchIndex(i18n: I18n, groups: readonly ThemeGroup[]): SearchIndex {
  const index = new Map<string, string>();
  const aliases = COMPLETE_LANGUAGES.flatMap((lng) =>
    Object.entries((i18n.getResource(lng, 'compare', 'aliases') ?? {}) as Record<string, string>),
  );
  for (const { indicators } of groups) {
    for (const { indicator } of indicators) {
      const id = indicator.id;
      const texts = COMPLETE_LANGUAGES.flatMap((lng) => [
        i18n.getResource(lng, 'indicators', `${id}.name`) as string | undefined,
        i18n.getResource(lng, 'indicators', `${id}.definition`) as string | undefined,
      ]);
      const alias = aliases.filter(([group]) => covers(group, id)).map(([, words]) => words);
      index.set(id, [id.replace(/_/g, ' '), ...texts, ...alias].filter(Boolean).join(' \n ').toLowerCase());
    }
  }
  return index;
}

/** Ids whose text holds every word of the query (words split at spaces); all ids for an empty query. */
export function searchIndicators(index: SearchIndex, query: string): Set<string> | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  return new Set(
    [...index].filter(([, text]) => terms.every((term) => text.includes(term))).map(([id]) => id),
  );
}
