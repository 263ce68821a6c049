import type { StatedNumber } from '../model';

/** Figures that state the same thing (same number, same qualifier), with every item that states it. */
export interface Statement<T extends StatedNumber> {
  figure: StatedNumber;
  items: T[];
}

function sameFigure(a: StatedNumber, b: StatedNumber): boolean {
  return a.value === b.value && a.qualifier === b.qualifier && a.unit === b.unit;
}

/** Groups figures for one key (indicator, year, period, region) into distinct statements, order kept. */
export function groupStatements<T extends StatedNumber>(items: readonly T[]): Statement<T>[] {
  const groups: Statement<T>[] = [];
  for (const item of items) {
    const group = groups.find((g) => sameFigure(g.figure, item));
    if (group) group.items.push(item);
    else
      groups.push({
        figure: { value: item.value, fraction: item.fraction, qualifier: item.qualifier, unit: item.unit },
        items: [item],
      });
  }
  return groups;
}

/**
 * Whether two statements contradict each other: two exact figures that differ, or an exact figure
 * outside another's bound (">15" vs "14.8"). Approximate figures (≈) never contradict.
 */
export function contradicts(a: StatedNumber, b: StatedNumber): boolean {
  if (a.unit !== b.unit) return false;
  const exactA = a.qualifier === '';
  const exactB = b.qualifier === '';
  if (exactA && exactB) return a.value !== b.value;
  const [bound, exact] = exactA ? [b, a] : exactB ? [a, b] : [null, null];
  if (!bound || !exact) return false;
  if (bound.qualifier === '>') return exact.value <= bound.value;
  if (bound.qualifier === '<') return exact.value >= bound.value;
  return false;
}

export function hasConflict(statements: ReadonlyArray<Statement<StatedNumber>>): boolean {
  for (let i = 0; i < statements.length; i += 1)
    for (let j = i + 1; j < statements.length; j += 1)
      if (
        contradicts(
          (statements[i] as Statement<StatedNumber>).figure,
          (statements[j] as Statement<StatedNumber>).figure,
        )
      )
        return true;
  return false;
}
