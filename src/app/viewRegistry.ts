import type { QueryClient } from '@tanstack/react-query';
import { policyQuery } from '../data/policy/queries';
import { datasetQuery } from '../data/queries';
import { fallbackLanguages } from '../i18n/constants';
import { loadNamespace } from '../i18n/languages';
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

/** The on-demand namespaces each view reads (a unit test checks this against the views' code). */
export const VIEW_NAMESPACES: Record<ViewId, readonly string[]> = {
  overview: [],
  compare: ['compare'],
  growth: ['growth', 'policies'],
  policies: ['policies'],
  sources: [],
  zones: ['zoneProfile', 'rankings'],
  rankings: ['rankings', 'policies'],
};

/** The data chunks each view reads besides the dataset, which the shell reads on every view. */
const VIEW_DATA = { policies: [policyQuery], growth: [policyQuery] } as const;

/**
 * Starts the view's chunk, its texts (in the language and the languages i18next loads beside it) and its
 * data at once, before the app renders, rather than each when the one before it has arrived.
 */
export function preloadView(view: ViewId, lng: string, queries: QueryClient): void {
  VIEW_COMPONENTS[view].preload();
  for (const language of [lng, ...fallbackLanguages(lng)])
    for (const ns of VIEW_NAMESPACES[view]) loadNamespace(language, ns).catch(() => {});
  void queries.prefetchQuery(datasetQuery);
  for (const query of view in VIEW_DATA ? VIEW_DATA[view as keyof typeof VIEW_DATA] : [])
    void queries.prefetchQuery(query);
}
