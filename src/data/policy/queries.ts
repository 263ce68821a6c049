import { queryOptions } from '@tanstack/react-query';
import { CHUNK_LOAD } from '../queries';

export type { PolicyArea, PolicyData, PolicyDocument, PolicyMeasure } from './model';

/** The bundled policy material never changes while the page is open: its own chunk, loaded once. */
export const policyQuery = queryOptions({
  queryKey: ['policy'],
  queryFn: async () => (await import('./load')).loadPolicy(),
  staleTime: Infinity,
  gcTime: Infinity,
  ...CHUNK_LOAD,
});
