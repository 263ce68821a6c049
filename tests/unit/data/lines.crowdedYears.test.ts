/**
 * A line's year is grouped into statements as its figures arrive: searched in turn while the year holds a
 * few dozen, looked up by number beyond (every zone of a region at scale). The generated figures of
 * compare.equivalence.test.ts never fill a year that far, so here years hold hundreds, with repeated
 * numbers, qualifiers and a stated fraction among them, and the lines must be what the old code drew.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Region, Series } from '../../../src/data/schema/enums';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { obs } from '../compare/fixtures';
import * as oldLines from './oracle/lines';

describe('a line-year of hundreds of figures', () => {
  const figure = fc.record({
    year: fc.integer({ min: 2020, max: 2021 }),
    region: fc.constantFrom<Region>('national', 'east'),
    series: fc.constantFrom<Series>('statistics', 'other'),
    // Many distinct numbers, each stated several times, -0 beside 0 and NaN too.
    value: fc.oneof(
      fc.integer({ min: 0, max: 150 }).map((n) => n / 10),
      fc.constantFrom(-0, Number.NaN),
    ),
    qualifier: fc.constantFrom('' as const, '>' as const, '≈' as const),
  });

  it('has the statements, in order, of the old code', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 200, maxLength: 800 }), (rows) => {
        // A year of a hundred distinct numbers first, so every run fills one past the search in turn.
        const crowded = Array.from({ length: 100 }, (_, i) => ({ year: 2020, value: i / 10 }));
        const observations = [...crowded, ...rows].map((r) => obs(r));
        const args = [observations, ['gdp'], ['national', 'east'], 2020, 2021] as const;
        const lines = buildLines(...args);
        expect(lines).toStrictEqual(oldLines.buildLines(...args));
        // The property holds years past the point where statements are looked up by number.
        expect(Math.max(...lines.flatMap((l) => l.years.map((y) => y.statements.length)))).toBeGreaterThan(
          64,
        );
      }),
      { numRuns: 25 },
    );
  });
});
