import { queryOptions } from '@tanstack/react-query';

/**
 * How a data chunk loads: a dropped connection gets two more tries, 1 s then 2 s later, before the view
 * shows its error and "Try again". Tried whatever navigator.onLine says, because the offline copy
 * (service worker) serves the chunk without a network.
 */
export const CHUNK_LOAD = {
  retry: 2,
  retryDelay: (failures: number) => Math.min(1000 * 2 ** failures, 8000),
  networkMode: 'always',
} as const;

/**
 * The bundled dataset's core, which every view reads: the catalogue without the figures. It never changes
 * while the page is open: load once, keep forever. Views read the whole dataset through useDataset, which
 * adds the figure groups and the detail tables below, each when first read.
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => (await import('./bundled')).loadCore(),
  staleTime: Infinity,
  gcTime: Infinity,
  ...CHUNK_LOAD,
});

/** The tables only Zone growth, Zones, Rankings and Sources read (src/data/compiled/pack.ts). */
export const datasetDetailQuery = queryOptions({
  queryKey: ['dataset', 'detail'],
  queryFn: async () => (await import('./bundledDetail')).loadDetail(),
  staleTime: Infinity,
  gcTime: Infinity,
  ...CHUNK_LOAD,
});
