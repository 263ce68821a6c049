import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { CoreDataset, DetailTables } from '../data/compiled/pack';
import { withDetailTables } from '../data/lazyTables';
import type { Dataset } from '../data/model';
import { datasetDetailQuery, datasetQuery } from '../data/queries';
import { retryGeneration } from './lazyRetry';

/**
 * The bundled dataset; suspends until its core chunk has loaded, and a component that reads a detail table
 * (zones, rankings, province counts…) suspends again until that chunk has too.
 */
export function useDataset(): Dataset {
  const core = useSuspenseQuery(datasetQuery).data;
  return wholeOf(core, useQueryClient());
}

// One dataset object per core: selectors cache their results by the dataset they were given.
const whole = new WeakMap<CoreDataset, Dataset>();

function wholeOf(core: CoreDataset, client: QueryClient): Dataset {
  let dataset = whole.get(core);
  if (!dataset) {
    dataset = withDetailTables(core, detailReader(client));
    whole.set(core, dataset);
  }
  return dataset;
}

/**
 * The detail tables from the query cache, or what React needs to wait: the pending load, or its error.
 * A load that failed stays failed until the reader asks to try again (as lazyRetry does for chunks).
 */
function detailReader(client: QueryClient): () => DetailTables {
  let pending: Promise<void> | null = null;
  let failedAt: number | null = null;
  return () => {
    const state = client.getQueryState(datasetDetailQuery.queryKey);
    if (state?.status === 'success' && state.data) return state.data;
    if (state?.status === 'error' && !pending) {
      failedAt ??= retryGeneration();
      if (failedAt === retryGeneration()) throw state.error;
    }
    failedAt = null;
    pending ??= client.fetchQuery(datasetDetailQuery).then(
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
