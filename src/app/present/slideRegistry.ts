import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SlideModule } from '../../ui/slide/types';
import { hasSlide, type SlideView } from '../../state/deck';
import type { ViewId } from '../../state/views';

/** Each view's slide layout lives in its feature folder and is its own chunk, loaded when first shown. */
const LOADERS: Record<SlideView, () => Promise<SlideModule>> = {
  overview: () => import('../../features/overview/OverviewSlide'),
  compare: () => import('../../features/compare/CompareSlide'),
  growth: () => import('../../features/growth/GrowthSlide'),
  policies: () => import('../../features/policies/PoliciesSlide'),
  sources: () => import('../../features/sources/SourcesSlide'),
};

/**
 * A view's slide module as a query, like the data chunks: loaded once, and a failed load is not kept,
 * so the error boundary's retry imports again rather than replaying the failure.
 */
export const slideModuleQuery = (view: SlideView) =>
  queryOptions({
    queryKey: ['slide-module', view],
    queryFn: LOADERS[view],
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * The slide module of a view; suspends until its chunk has loaded. A deck never holds a slide of a view
 * without a layout (reading a deck drops it by name), so that case is an error for the boundary.
 */
export function useSlideModule(view: ViewId): SlideModule {
  if (!hasSlide(view)) throw new Error(`no slide layout for the ${view} view`);
  return useSuspenseQuery(slideModuleQuery(view)).data;
}
