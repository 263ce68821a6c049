import { queryOptions } from '@tanstack/react-query';
import { FIGURE_CHUNKS } from './bundledFigures';

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
 * The bundled dataset's core, which every view reads, with the figures of every indicator group, each a
 * chunk of its own that loads beside the core. It never changes while the page is open: load once, keep
 * forever. Views read the whole dataset through useDataset, which adds the detail tables below.
 */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: async () => {
    const [core, ...groups] = await Promise.all([
      import('./bundled'),
      ...Object.values(FIGURE_CHUNKS).map(async (chunk) => (await chunk()).default),
    ]);
    return core.loadCore(groups);
  },
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
