import { useSuspenseQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';

/** The bundled dataset; suspends until its chunk has loaded. */
export function useDataset() {
  return useSuspenseQuery(datasetQuery).data;
}
