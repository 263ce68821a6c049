import type { ViewId } from '../state/views';

/**
 * The data a view reads besides the dataset's core (which the shell reads on every view): the policy
 * material, the detail tables, and figure groups — those of the headline indicators (Overview's cards,
 * Zone growth's year card) or those Compare's address names.
 */
export type DataPart = 'policy' | 'detail' | 'headline figures' | 'compared figures';

/**
 * Each view's data, started beside its code: by the app as it starts (viewRegistry.ts `preloadView`) and
 * by the page before the app's code has arrived (scripts/build/preloadHints.ts). A view missing here that
 * reads a detail table or a figure group still gets it (useDataset suspends until it has arrived), later.
 * Sources reads every figure group and the detail tables, but only below its first screen (the counts of
 * sources and disagreements come with the core): they are asked for once that screen is drawn
 * (useEveryPart), so they do not hold it back; on a first visit's six connections the detail tables, asked
 * for beside its code, took a turn before the first screen's own files.
 */
export const VIEW_DATA: Readonly<Partial<Record<ViewId, readonly DataPart[]>>> = {
  overview: ['headline figures'],
  compare: ['compared figures'],
  policies: ['policy'],
  growth: ['policy', 'detail', 'headline figures'],
  zones: ['detail'],
  rankings: ['detail'],
};
