import type { Dataset, Observation, ZoneCount } from '../data/model';
import type { DataPath } from '../i18n/keys';
import type { CitationItem } from './Citation';

/** Citations for observations, in the order given; an unknown source never reaches here (the data check rejects it). */
export function observationCitations(
  dataset: Pick<Dataset, 'sources'>,
  observations: readonly Observation[],
): CitationItem[] {
  return observations.flatMap((o) => {
    const source = dataset.sources.get(o.source);
    return source
      ? [
          {
            source,
            quote: o.quote,
            notes: o.note.map((k): DataPath<'notes'> => `value.${k}`),
            series: o.series,
            zoneBasis: o.zoneBasis,
            zoneBasisNotes: o.zoneBasisNote,
          },
        ]
      : [];
  });
}

export function zoneCountCitations(
  dataset: Pick<Dataset, 'sources'>,
  rows: readonly ZoneCount[],
): CitationItem[] {
  return rows.flatMap((z) => {
    const source = dataset.sources.get(z.source);
    return source
      ? [{ source, quote: z.quote, notes: z.note.map((k): DataPath<'notes'> => `zoneCount.${k}`) }]
      : [];
  });
}
