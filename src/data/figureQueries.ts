import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { CHUNK_LOAD } from './queries';
import { THEMES, type Theme } from './schema/enums';

/*
 * The figure groups' queries, apart from queries.ts: the app's start code only starts them through a
 * dynamic import (viewRegistry), so this code is not part of the first load (npm run bench:size).
 */

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
 * Compare's picker can add an indicator of any group, and a group still loading would suspend the whole
 * view mid-pick (hiding the picker and the focus in it): once Compare's own groups have arrived the others
 * follow, when the browser is idle.
 */
export async function prefetchFigures(queries: QueryClient, need: FigureNeed): Promise<void> {
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
  if (typeof need === 'object') {
    await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve));
    await prefetchFigures(queries, 'all');
  }
}
