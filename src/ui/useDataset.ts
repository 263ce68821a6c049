import {
  useQueryClient,
  useSuspenseQuery,
  type FetchQueryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Core } from '../data/bundled';
import type { FigureGroup } from '../data/compiled/pack';
import type { Dataset } from '../data/model';
import { figuresQuery } from '../data/figureQueries';
import { datasetDetailQuery, datasetQuery } from '../data/queries';
import type { Theme } from '../data/schema/enums';
import { retryGeneration } from './lazyRetry';

/**
 * The bundled dataset; suspends until its core chunk has loaded, and a component that reads an indicator's
 * figures or a detail table (zones, rankings, province counts…) suspends again until that chunk has too.
 */
export function useDataset(): Dataset {
  const core = useSuspenseQuery(datasetQuery).data;
  return wholeOf(core, useQueryClient());
}

// One dataset object per core: selectors cache their results by the dataset they were given.
const whole = new WeakMap<Core, Dataset>();

function wholeOf(core: Core, client: QueryClient): Dataset {
  let dataset = whole.get(core);
  if (!dataset) {
    const groups = new Map<Theme, () => FigureGroup>();
    const group = (theme: Theme) => {
      let read = groups.get(theme);
      if (!read) groups.set(theme, (read = chunkReader(client, figuresQuery(theme))));
      return read;
    };
    dataset = core.datasetWith({
      detail: chunkReader(client, datasetDetailQuery),
      groups: (themes) => readAll(themes.map(group)),
    });
    whole.set(core, dataset);
  }
  return dataset;
}

/** Every part, or, when one is missing, what React needs to wait for all the missing ones at once. */
function readAll<T>(readers: readonly (() => T)[]): T[] {
  const parts: T[] = [];
  const waiting: Promise<unknown>[] = [];
  for (const read of readers)
    try {
      parts.push(read());
    } catch (thrown) {
      if (!(thrown instanceof Promise)) throw thrown;
      waiting.push(thrown);
    }
  if (waiting.length > 0) throw Promise.all(waiting);
  return parts;
}

/**
 * A chunk's data from the query cache, or what React needs to wait: the pending load, or its error.
 * A load that failed stays failed until the reader asks to try again (as lazyRetry does for chunks);
 * a figure group that failed because the core did not arrive is tried again with the core that did.
 */
function chunkReader<T, K extends QueryKey>(
  client: QueryClient,
  query: FetchQueryOptions<T, Error, T, K>,
): () => T {
  let pending: Promise<void> | null = null;
  let failedAt: number | null = null;
  // A load that failed before this reader existed (with the core it belonged to) is tried again.
  const since = Date.now();
  return () => {
    const state = client.getQueryState<T>(query.queryKey);
    if (state?.status === 'success' && state.data) return state.data;
    if (state?.status === 'error' && state.errorUpdatedAt >= since && !pending) {
      failedAt ??= retryGeneration();
      if (failedAt === retryGeneration()) throw state.error;
    }
    failedAt = null;
    pending ??= client.fetchQuery(query).then(
      () => {
        pending = null;
      },
      () => {
        pending = null;
      },
    );
    throw pending;
  };
}
