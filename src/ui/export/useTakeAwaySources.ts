import type { Source } from '../../data/model';
import { usePublisherName } from '../Citation';
import { useDataset } from '../useDataset';
import type { CiteSource } from './cite';

/** The frame's sources, each once in the order first met, with the publisher as the app names it. */
export function useTakeAwaySources(ids: readonly string[]): CiteSource[] {
  const dataset = useDataset();
  const publisher = usePublisherName();
  const sources = [...new Set(ids)].flatMap((id): Source[] => {
    const source = dataset.sources.get(id);
    return source ? [source] : [];
  });
  return sources.map((s) => ({
    id: s.id,
    publisher: publisher(s).text,
    title: s.title,
    date: s.date,
    url: s.url,
  }));
}
