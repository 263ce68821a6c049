import type { Dataset, ProvinceCount } from '../../data/model';
import type { ZoneEntry } from '../../data/selectors/growth/zones';
import type { CitationItem } from '../../ui/Citation';

/** Province counts: the source's own words, with what the count covers (Xinjiang's excludes the Bingtuan zones). */
export function provinceCountCitations(
  dataset: Pick<Dataset, 'sources'>,
  rows: readonly ProvinceCount[],
): CitationItem[] {
  return rows.flatMap((r) => {
    const source = dataset.sources.get(r.source);
    return source
      ? [{ source, quote: r.quote, notes: r.scope_note.map((k) => `provinceCount.${k}` as const) }]
      : [];
  });
}

/** The source of a zone's own row, with its words for the date where the research holds them, and its notes. */
export function zoneCitations(
  dataset: Pick<Dataset, 'sources' | 'zones'>,
  zones: readonly Pick<ZoneEntry, 'id' | 'source'>[],
  /** The dataset's zone rows by id, for a caller that cites every zone (a search per zone is quadratic). */
  rowsById?: ReadonlyMap<string, Dataset['zones'][number]>,
): CitationItem[] {
  return zones.flatMap((z) => {
    const source = dataset.sources.get(z.source);
    const row = rowsById ? rowsById.get(z.id) : dataset.zones.find((r) => r.id === z.id);
    return source
      ? [{ source, quote: row?.quote ?? '', notes: (row?.note ?? []).map((k) => `zone.${k}` as const) }]
      : [];
  });
}

export function sourceCitation(dataset: Pick<Dataset, 'sources'>, id: string | null): CitationItem[] {
  const source = id ? dataset.sources.get(id) : undefined;
  return source ? [{ source, quote: '', notes: [] }] : [];
}
