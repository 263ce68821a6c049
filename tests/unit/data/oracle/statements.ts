import type { StatedNumber } from '../../../../src/data/model';

/** Figures that state the same thing (same number, same qualifier), with every item that states it. */
export interface Statement<T extends StatedNumber> {
  figure: StatedNumber;
  items: T[];
}

function sameFigure(a: StatedNumber, b: StatedNumber): boolean {
  return (
    a.value === b.value &&
    a.qualifier === b.qualifier &&
    a.unit === b.unit &&
    (a.fraction === null) === (b.fraction === null)
  );
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
    const created: Statement<T> = {
      figure: {
        value: item.value,
        fraction: item.fraction,
        qualifier: item.qualifier,
        unit: item.unit,
        ...(item.decimals !== undefined ? { decimals: item.decimals } : {}),
      },
      items: [item],
    };
    groups.push(created);
    if (candidates) candidates.push(created);
    else byValue.set(item.value, [created]);
  }
  return groups;
}
