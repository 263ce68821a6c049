import type { ComponentType } from 'react';
import type { ViewId } from '../state/views';
import { lazyRetry } from '../ui/lazyRetry';

/** Each view is its own chunk, loaded when first shown; one that failed to arrive loads again on retry. */
export const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  overview: lazyRetry(() => import('../features/overview/OverviewView')),
  compare: lazyRetry(() => import('../features/compare/CompareView')),
  growth: lazyRetry(() => import('../features/growth/GrowthView')),
  policies: lazyRetry(() => import('../features/policies/PoliciesView')),
  sources: lazyRetry(() => import('../features/sources/SourcesView')),
};
