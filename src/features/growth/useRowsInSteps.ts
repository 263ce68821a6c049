import { startTransition, useEffect, useState } from 'react';
import { usePrinting } from '../../ui/usePrinting';

/** About three screens of rows on a phone: what a reader can reach before the rest has arrived. */
export const FIRST_ROWS = 40;
const STEP = 64;

/**
 * A long list's rows in a few steps on its first showing: the first rows at once, the rest in tasks of
 * their own right after, the whole list within a few tens of milliseconds of the first (and so for the
 * browser's find in page). All 232 zones' rows with their links and source buttons were one render and
 * one commit of about 190 ms each at 4× slowdown, all of it blocking time. Once complete the list stays
 * complete (a later search or filter shows every match at once); paper always has every row.
 */
export function useRowsInSteps<T>(rows: readonly T[], all = false): readonly T[] {
  const printing = usePrinting();
  const [count, setCount] = useState(all ? Number.POSITIVE_INFINITY : FIRST_ROWS);
  const total = rows.length;
  const complete = count >= total;
  // Complete once is complete for good: a longer list later (a search cleared) shows whole at once.
  if (complete && count !== Number.POSITIVE_INFINITY) setCount(Number.POSITIVE_INFINITY);
  useEffect(() => {
    if (complete) return;
    const next = window.setTimeout(() => startTransition(() => setCount((n) => n + STEP)), 0);
    return () => window.clearTimeout(next);
  }, [complete, count, total]);
  return printing || complete ? rows : rows.slice(0, count);
}
