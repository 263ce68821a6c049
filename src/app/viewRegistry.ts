import type { QueryClient } from '@tanstack/react-query';
import { policyQuery } from '../data/policy/queries';
import type { FigureNeed } from '../data/figureQueries';
import { datasetDetailQuery, datasetQuery } from '../data/queries';
import { parseSearch } from '../state/url';
import type { ViewId } from '../state/views';
import { lazyRetry, type RetryingComponent } from '../ui/lazyRetry';

/** Each view is its own chunk, loaded when first shown; one that failed to arrive loads again on retry. */
export const VIEW_COMPONENTS: Record<ViewId, RetryingComponent<object>> = {
  overview: lazyRetry(() => import('../features/overview/OverviewView')),
  compare: lazyRetry(() => import('../features/compare/CompareView')),
  growth: lazyRetry(() => import('../features/growth/GrowthView')),
  policies: lazyRetry(() => import('../features/policies/PoliciesView')),
  sources: lazyRetry(() => import('../features/sources/SourcesView')),
  zones: lazyRetry(() => import('../features/zones/ZonesView')),
  rankings: lazyRetry(() => import('../features/rankings/RankingsView')),
};

/**
 * The data chunks each view reads besides the dataset's core, which the shell reads on every view. A view
 * missing here that reads a detail table or a figure group still gets it (useDataset suspends until it has
 * arrived), later.
 */
const policy = (queries: QueryClient) => queries.prefetchQuery(policyQuery);
const detail = (queries: QueryClient) => queries.prefetchQuery(datasetDetailQuery);
// The figures by indicator group: Overview's cards and Zone growth's year card show the headline
// indicators, Compare those in its address (then the rest: figureQueries.ts), Sources every figure.
const figures = (need: (search: string) => FigureNeed) => async (queries: QueryClient) =>
  (await import('../data/figureQueries')).prefetchFigures(queries, need(window.location.search));
const headline = figures(() => 'headline');
const everyFigure = figures(() => 'all');
const compared = figures((search) => ({ compare: parseSearch(search).state.compare.ind }));
const VIEW_DATA: Partial<Record<ViewId, ReadonlyArray<(queries: QueryClient) => Promise<void>>>> = {
  overview: [headline],
  compare: [compared],
  policies: [policy],
  growth: [policy, detail, headline],
  sources: [detail, everyFigure],
  zones: [detail],
  rankings: [detail],
};

/**
 * Starts the view's chunk and its data at once, before the app renders, rather than each when the one
 * before it has arrived; its texts start alongside in createI18n.
 */
export function preloadView(view: ViewId, queries: QueryClient): void {
  VIEW_COMPONENTS[view].preload();
  void queries.prefetchQuery(datasetQuery);
  for (const prefetch of VIEW_DATA[view] ?? []) void prefetch(queries);
}
