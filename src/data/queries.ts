import { queryOptions } from '@tanstack/react-query';

/** The bundled dataset never changes while the page is open: load once, keep forever. */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => (await import('./bundled')).loadDataset(),
  staleTime: Infinity,
  gcTime: Infinity,
});
