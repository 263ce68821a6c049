import type { QueryClient } from '@tanstack/react-query';
import { policyQuery } from '../../data/policy/queries';
import { prefetchFigures } from '../../data/figureQueries';
import { datasetDetailQuery, datasetQuery } from '../../data/queries';
import { useAppStore } from '../../state/store';
import { slideState } from '../../state/url';
import { slideModuleQuery } from './slideRegistry';

/**
 * Whether every slide of the handout has drawn: nothing still loading, and every chart slide has its
 * chart measured (Recharts draws after it has measured its box).
 */
export function handoutReady(root: Element): boolean {
  if (root.querySelector('.loading')) return false;
  return [...root.querySelectorAll('.slide--chart')].every((slide) => {
    const svg = slide.querySelector('.recharts-wrapper > svg');
    return svg !== null && svg.getBoundingClientRect().width > 0;
  });
}

/**
 * Prints the deck: loads what every slide needs first (data, policy texts, each view's slide layout),
 * so the handout lays out in one go, then lays it out; the handout prints itself once drawn.
 */
export async function printHandout(queryClient: QueryClient): Promise<void> {
  const { deck, setHandout } = useAppStore.getState();
  if (!deck.length) return;
  const views = [...new Set(deck.map((s) => slideState(s.search).view))];
  await Promise.all([
    queryClient.ensureQueryData(datasetQuery),
    queryClient.ensureQueryData(datasetDetailQuery),
    prefetchFigures(queryClient, 'all'),
    queryClient.ensureQueryData(policyQuery),
    ...views.map((view) => queryClient.ensureQueryData(slideModuleQuery(view))),
  ]);
  setHandout(true);
}
