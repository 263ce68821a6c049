import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SlideModule } from '../../ui/slide/types';
import type { ViewId } from '../../state/views';

/**
 * Each view's slide layout lives in its feature folder and is its own chunk, loaded when first shown.
 * Every view has one (the record is keyed by every view id), so any view can join a deck.
 */
const LOADERS: Record<ViewId, () => Promise<SlideModule>> = {
  overview: () => import('../../features/overview/OverviewSlide'),
  compare: () => import('../../features/compare/CompareSlide'),
  growth: () => import('../../features/growth/GrowthSlide'),
  policies: () => import('../../features/policies/PoliciesSlide'),
  sources: () => import('../../features/sources/SourcesSlide'),
  zones: () => import('../../features/zones/ZonesSlide'),
  rankings: () => import('../../features/rankings/RankingsSlide'),
};

/**
 * A view's slide module as a query, like the data chunks: loaded once, and a failed load is not kept,
 * so the error boundary's retry imports again rather than replaying the failure.
 */
export const slideModuleQuery = (view: ViewId) =>
  queryOptions({
    queryKey: ['slide-module', view],
    queryFn: LOADERS[view],
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The slide module of a view; suspends until its chunk has loaded. */
export function useSlideModule(view: ViewId): SlideModule {
  return useSuspenseQuery(slideModuleQuery(view)).data;
}
