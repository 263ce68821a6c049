import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessFigures,
  assessMany,
  relate,
  type Comparable,
} from '../../../src/data/selectors/disagreement';

/** Figures near each other (so they round, bound and conflict in every mix), in both share forms. */
const figure: fc.Arbitrary<Comparable> = fc
  .record({
    base: fc.constantFrom(10, 10.1, 10.05, 10.04, 9.96, 11, 12.5, 20, 25, 100),
    decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    qualifier: fc.constantFrom(
      '' as const,
      '' as const,
      '' as const,
      '>' as const,
      '<' as const,
      '≈' as const,
    ),
    unit: fc.constantFrom(
      '%' as const,
      '%' as const,
      'fraction' as const,
      'CNY billion' as const,
      'count' as const,
    ),
    approxDate: fc.boolean(),
  })
  .map(({ base, decimals, qualifier, unit, approxDate }) => {
    const fraction = unit === 'fraction';
    return {
      value: fraction ? base / 100 : base,
      fraction: fraction ? ([Math.round(base), 100] as [number, number]) : null,
      qualifier,
      unit,
      ...(decimals !== undefined ? { decimals } : {}),
      ...(approxDate ? { approxDate } : {}),
    };
  });

describe('assessMany', () => {
  it('finds exactly the relations relating every pair finds', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 0, maxLength: 40 }), (figures) => {
        expect(assessMany(figures)).toStrictEqual(assess(figures, relate));
      }),
      { numRuns: 2000 },
    );
  });

  it('is what assessFigures uses for many figures, with the same answer', () => {
    const many: Comparable[] = Array.from({ length: 200 }, (_, i) => ({
      value: 100 + i * 0.5,
      fraction: null,
      qualifier: '',
      unit: '%',
      decimals: 1,
    }));
    expect(assessFigures(many)).toStrictEqual(assess(many, relate));
    expect(assessFigures(many)).toEqual({ conflict: true, marks: [] });
  });
});
