import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { prefetchFigures } from '../../data/figureQueries';
import { datasetDetailQuery } from '../../data/queries';
import { useDrawnLater } from '../../ui/useDrawnLater';

/**
 * Whether Sources' lists may draw: every figure group and the detail tables, asked for a task after its
 * first screen (heading, count of disagreements) is drawn, have arrived, or failed (reading a part that
 * failed then shows the view's error and "Try again", as any part does). Waiting here rather than in a
 * Suspense boundary, the lists never render while their data is on its way.
 */
export function useEveryPart(): boolean {
  const queries = useQueryClient();
  const asked = useDrawnLater();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!asked) return;
    let live = true;
    // Neither rejects: a part that failed is read, and throws, in the lists. The lists draw as a transition,
    // in slices the browser can interleave with input (in one task they blocked the page for 500 ms at 4×).
    void Promise.all([prefetchFigures(queries, 'all'), queries.prefetchQuery(datasetDetailQuery)]).then(
      () => live && startTransition(() => setSettled(true)),
    );
    return () => {
      live = false;
    };
  }, [asked, queries]);
  return settled;
}
