import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { THEMES, type Theme } from './schema/enums';

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

/** The figures of one indicator group (src/data/compiled/pack.ts `groupsOf`), unpacked by the core's code. */
export const figuresQuery = (theme: Theme) =>
  queryOptions({
    queryKey: ['dataset', 'figures', theme],
    queryFn: async () => {
      const { load } = await import('virtual:etdz-figure-groups');
      const [core, group] = await Promise.all([import('./bundled'), load[theme]()]);
      return core.loadGroup(group.default);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    ...CHUNK_LOAD,
  });

/**
 * Which figure groups to start loading: every group, those of the headline indicators (Overview's cards
 * and Zone growth's year card), or those of the indicators Compare's address names (its default when it
 * names none the dataset knows).
 */
export type FigureNeed = 'all' | 'headline' | { compare: readonly string[] };

/**
 * Starts loading the figure groups a view needs, so they download beside its code instead of after its
 * first render. Which group holds which indicator comes in a small chunk index.html preloads.
 */
export async function prefetchFigures(queries: QueryClient, need: FigureNeed) {
  let themes: readonly Theme[] = THEMES;
  if (need !== 'all') {
    // Without the index nothing starts early; the view still reads its groups (and shows any error).
    const index = (await import('virtual:etdz-figure-groups').catch(() => null))?.default;
    if (!index) return;
    const named = (ids: readonly string[]) =>
      THEMES.filter((t) => index.groups[t]?.some((id) => ids.includes(id)));
    themes = need === 'headline' ? index.headline : named(need.compare);
    if (themes.length === 0 && need !== 'headline') themes = index.compareDefault;
  }
  await Promise.all(themes.map((theme) => queries.prefetchQuery(figuresQuery(theme))));
}

/** The tables only Zone growth, Zones, Rankings and Sources read (src/data/compiled/pack.ts). */
export const datasetDetailQuery = queryOptions({
  queryKey: ['dataset', 'detail'],
  queryFn: async () => (await import('./bundledDetail')).loadDetail(),
  staleTime: Infinity,
  gcTime: Infinity,
  ...CHUNK_LOAD,
});
