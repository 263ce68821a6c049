import type { SlideModule } from '../../ui/slide/types';
import type { ViewId } from '../../state/views';

/** Each view's slide layout lives in its feature folder and is its own chunk, loaded when first shown. */
const LOADERS: Record<ViewId, () => Promise<SlideModule>> = {
  overview: () => import('../../features/overview/OverviewSlide'),
  compare: () => import('../../features/compare/CompareSlide'),
  growth: () => import('../../features/growth/GrowthSlide'),
  policies: () => import('../../features/policies/PoliciesSlide'),
  sources: () => import('../../features/sources/SourcesSlide'),
};

const loading = new Map<ViewId, Promise<SlideModule>>();

/**
 * The slide module of a view, one promise per view so React's `use` sees the same one on every
 * render. A failed load is forgotten, so trying again imports again rather than replaying the failure.
 */
export function slideModule(view: ViewId): Promise<SlideModule> {
  let promise = loading.get(view);
  if (!promise) {
    promise = LOADERS[view]();
    promise.catch(() => loading.delete(view));
    loading.set(view, promise);
  }
  return promise;
}
