import type { StatedNumber } from '../model';

/** Figures that state the same thing (same number, same qualifier), with every item that states it. */
export interface Statement<T extends StatedNumber> {
  figure: StatedNumber;
  items: T[];
}

export function sameFigure(a: StatedNumber, b: StatedNumber): boolean {
  return (
    a.value === b.value &&
    a.qualifier === b.qualifier &&
    a.unit === b.unit &&
    (a.fraction === null) === (b.fraction === null)
  );
}

/** The stated figure alone; two literal shapes rather than a spread, which costs per figure at scale. */
export function figureOf(item: StatedNumber): StatedNumber {
  const { value, fraction, qualifier, unit, decimals } = item;
  return decimals === undefined
    ? { value, fraction, qualifier, unit }
    : { value, fraction, qualifier, unit, decimals };
}

/**
 * Groups figures for one key into distinct statements, order kept. Whether they disagree is for the one
 * rule in ./disagreement to say. Statements are looked up by number first, so a key stated by every
 * zone of a region is not a search through every statement so far.
 */
export function groupStatements<T extends StatedNumber>(items: readonly T[]): Statement<T>[] {
  const groups: Statement<T>[] = [];
  const byValue = new Map<number, Statement<T>[]>();
  for (const item of items) {
    const candidates = byValue.get(item.value);
    const group = candidates?.find((g) => sameFigure(g.figure, item));
    if (group) {
      group.items.push(item);
      continue;
    }
    const created: Statement<T> = { figure: figureOf(item), items: [item] };
    groups.push(created);
    if (candidates) candidates.push(created);
    else byValue.set(item.value, [created]);
  }
  return groups;
}
