import { queryOptions } from '@tanstack/react-query';

/** The bundled dataset never changes while the page is open: load once, keep forever. */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => (await import('./load/dataset')).loadDataset(),
  staleTime: Infinity,
  gcTime: Infinity,
});
