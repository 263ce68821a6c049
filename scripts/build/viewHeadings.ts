import type { DatasetCounts } from './compiledData';

/** A view's heading and lead by their keys in locales/ (`namespace:key`). */
export interface ViewHeading {
  title: string;
  lead: string;
  /** The lead states this count, which the build knows from the dataset (`{{count}}` in the text). */
  count?: keyof DatasetCounts;
}

/**
 * The views whose heading and lead the page the server sends shows in the reader's language
 * (shellText.ts): plain texts, or a lead that states a count of the bundled dataset. Each must be what
 * the view's own header renders: tests/e2e/shellText.spec.ts compares them on screen.
 */
export const VIEW_HEADINGS: Readonly<Record<string, ViewHeading>> = {
  overview: { title: 'common:overview.title', lead: 'common:overview.lead' },
  compare: { title: 'compare:title', lead: 'compare:lead' },
  growth: { title: 'growth:title', lead: 'growth:lead' },
  policies: { title: 'policies:ui.title', lead: 'policies:ui.lead' },
  sources: { title: 'common:views.sources.title', lead: 'common:sources.lead', count: 'sources' },
  rankings: { title: 'rankings:title', lead: 'rankings:lead' },
};
