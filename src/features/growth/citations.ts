import type { Dataset, ProvinceCount } from '../../data/model';
import type { ZoneEntry } from '../../data/selectors/growth/zones';
import type { CitationItem } from '../../ui/Citation';

/** Province counts: the source's own words; the free-text scope note is for editors and not shown. */
export function provinceCountCitations(
  dataset: Pick<Dataset, 'sources'>,
  rows: readonly ProvinceCount[],
): CitationItem[] {
  return rows.flatMap((r) => {
    const source = dataset.sources.get(r.source);
    return source ? [{ source, quote: r.quote, notes: [] }] : [];
  });
}

/** A zone row states no quote: the citation names the source that lists the zone. */
export function zoneCitations(
  dataset: Pick<Dataset, 'sources'>,
  zones: readonly Pick<ZoneEntry, 'source'>[],
): CitationItem[] {
  return zones.flatMap((z) => {
    const source = dataset.sources.get(z.source);
    return source ? [{ source, quote: '', notes: [] }] : [];
  });
}

export function sourceCitation(dataset: Pick<Dataset, 'sources'>, id: string | null): CitationItem[] {
  const source = id ? dataset.sources.get(id) : undefined;
  return source ? [{ source, quote: '', notes: [] }] : [];
}
