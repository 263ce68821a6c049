import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../state/views';

/** Each view is its own chunk, loaded when first shown. */
export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../features/overview/OverviewView')),
  compare: lazy(() => import('../features/compare/CompareView')),
  growth: lazy(() => import('../features/growth/GrowthView')),
  policies: lazy(() => import('../features/policies/PoliciesView')),
  sources: lazy(() => import('../features/sources/SourcesView')),
  zones: lazy(() => import('../features/zones/ZonesView')),
  rankings: lazy(() => import('../features/rankings/RankingsView')),
};
