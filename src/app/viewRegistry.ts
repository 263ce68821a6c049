import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { policyQuery } from '../data/policy/queries';
import type { FigureNeed } from '../data/figureQueries';
import { datasetDetailQuery, datasetQuery } from '../data/queries';
import { parseSearch } from '../state/url';
import type { ViewId } from '../state/views';
import { lazyRetry, type RetryingComponent } from '../ui/lazyRetry';
import { VIEW_DATA, type DataPart } from './viewData';
import { preloadViewFiles } from './viewFiles';

/** A view's chunk, with its other files started at once (viewFiles.ts). */
const view = (id: ViewId, load: () => Promise<{ default: ComponentType<object> }>) =>
  lazyRetry(() => {
    preloadViewFiles(id);
    return load();
  });

/** Each view is its own chunk, loaded when first shown; one that failed to arrive loads again on retry. */
export const VIEW_COMPONENTS: Record<ViewId, RetryingComponent<object>> = {
  overview: view('overview', () => import('../features/overview/OverviewView')),
  compare: view('compare', () => import('../features/compare/CompareView')),
  growth: view('growth', () => import('../features/growth/GrowthView')),
  policies: view('policies', () => import('../features/policies/PoliciesView')),
  sources: view('sources', () => import('../features/sources/SourcesView')),
  zones: view('zones', () => import('../features/zones/ZonesView')),
  rankings: view('rankings', () => import('../features/rankings/RankingsView')),
};

// How each part of a view's data starts loading (which view reads which: viewData.ts).
const figures = (need: (search: string) => FigureNeed) => async (queries: QueryClient) =>
  (await import('../data/figureQueries')).prefetchFigures(queries, need(window.location.search));
const PREFETCH: Record<DataPart, (queries: QueryClient) => Promise<void>> = {
  policy: (queries) => queries.prefetchQuery(policyQuery),
  detail: (queries) => queries.prefetchQuery(datasetDetailQuery),
  'headline figures': figures(() => 'headline'),
  'compared figures': figures((search) => ({ compare: parseSearch(search).state.compare.ind })),
};

/**
 * Starts the view's chunk and its data at once, before the app renders, rather than each when the one
 * before it has arrived; its texts start alongside in createI18n.
 */
export function preloadView(view: ViewId, queries: QueryClient): void {
  VIEW_COMPONENTS[view].preload();
  void queries.prefetchQuery(datasetQuery);
  for (const part of VIEW_DATA[view] ?? []) void PREFETCH[part](queries);
}
