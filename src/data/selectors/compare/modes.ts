import type { Indicator } from '../../model';

export type Mode = 'abs' | 'index' | 'yoy' | 'share';

export interface ResolvedIndicators {
  /** The indicators whose figures the chart shows, in the order chosen. */
  shown: string[];
  /** Chosen indicators with no published counterpart for the mode (e.g. no year-on-year rate). */
  without: string[];
}

/**
 * Which indicators a mode draws. Year-on-year and share modes never compute anything: they swap a
 * chosen level for the growth rates or national shares its sources publish.
 */
export function resolveIndicators(
  catalogue: ReadonlyMap<string, Indicator>,
  chosen: readonly string[],
  mode: Mode,
  hasData: (id: string) => boolean,
): ResolvedIndicators {
  if (mode === 'abs' || mode === 'index')
    return { shown: chosen.filter(hasData), without: chosen.filter((id) => !hasData(id)) };
  const wanted =
    mode === 'yoy'
      ? (i: Indicator) => i.kind === 'growth'
      : (i: Indicator) => i.kind === 'share' && i.share_of === 'national';
  const shown: string[] = [];
  const without: string[] = [];
  for (const id of chosen) {
    const indicator = catalogue.get(id);
    if (!indicator) continue;
    const matches = wanted(indicator)
      ? [indicator]
      : [...catalogue.values()].filter((i) => wanted(i) && i.base === id);
    const usable = matches.filter((i) => hasData(i.id));
    if (usable.length === 0) without.push(id);
    for (const i of usable) if (!shown.includes(i.id)) shown.push(i.id);
  }
  return { shown, without };
}
