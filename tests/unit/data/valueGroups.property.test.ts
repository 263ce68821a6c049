import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import type { Dataset, Observation } from '../../../src/data/model';
import { assessFigures } from '../../../src/data/selectors/disagreement';
import { groupStatements } from '../../../src/data/selectors/statements';
import {
  groupOf,
  indexObservations,
  sharedValueGroups,
  valueGroupsOf,
  valueKey,
  type ValueGroup,
} from '../../../src/data/selectors/valueGroups';
import { CATALOGUE, obs } from '../compare/fixtures';
import { realTexts } from '../fixtures';

/** The groups as they were built before the index: one scan of every figure, in file order. */
function reference(dataset: Pick<Dataset, 'indicators' | 'observations'>): Map<string, ValueGroup> {
  const items = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const key = valueKey(dataset, o);
    items.set(key, [...(items.get(key) ?? []), o]);
  }
  return new Map(
    [...items].map(([key, list]) => {
      const statements = groupStatements(list);
      const first = list[0] as Observation;
      return [
        key,
        {
          key,
          quantity: key.split('|')[0] as string,
          year: first.year,
          period: first.period,
          periodCode: first.periodCode,
          region: first.region,
          statements,
          assessment: assessFigures(statements.map((s) => s.figure)),
        },
      ];
    }),
  );
}

function expectSameAsReference(dataset: Dataset | Parameters<typeof sharedValueGroups>[0]) {
  const before = reference(dataset);
  for (const o of dataset.observations)
    expect(groupOf(dataset, o)).toStrictEqual(before.get(valueKey(dataset, o)));
  const quantities = new Set([...before.values()].map((g) => g.quantity));
  for (const q of quantities)
    expect([...valueGroupsOf(dataset, q).values()]).toStrictEqual(
      [...before.values()].filter((g) => g.quantity === q),
    );
  // The Sources list reads only groups of two or more figures: every conflict and every mark is there.
  const judged = (groups: Iterable<ValueGroup>) =>
    [...groups]
      .filter((g) => g.assessment.conflict || g.assessment.marks.length > 0)
      .map((g) => [g.key, g.assessment])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  expect(judged(sharedValueGroups(dataset))).toStrictEqual(judged(before.values()));
}

describe('value groups from the index', () => {
  it('are the groups one scan of every figure made, on today’s data', () => {
    expectSameAsReference(buildDataset(realTexts(), { lastYear: 2026 }));
  });

  const figure = fc.record({
    indicator: fc.constantFrom(
      'gdp',
      'gdp_share_national_pct',
      'gdp_share_national_fraction',
      'fdi_actual_usd',
    ),
    year: fc.integer({ min: 2020, max: 2023 }),
    region: fc.constantFrom('national' as const, 'east' as const),
    period: fc.constantFrom('FY' as const, 'H1' as const),
    value: fc.constantFrom(10, 10.1, 10.04, 20, 0.1, 0.25),
    qualifier: fc.constantFrom('' as const, '>' as const, '≈' as const),
  });

  it('are the groups one scan of every figure made, on any figures (shares in per cent and as fractions merged)', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 40 }), (rows) => {
        const observations = rows.map((r) =>
          obs({
            ...r,
            unit:
              r.indicator === 'gdp_share_national_pct'
                ? '%'
                : r.indicator === 'gdp_share_national_fraction'
                  ? 'fraction'
                  : r.indicator === 'fdi_actual_usd'
                    ? 'USD billion'
                    : 'CNY billion',
          }),
        );
        expectSameAsReference({
          indicators: CATALOGUE,
          observations,
          index: indexObservations(CATALOGUE, observations),
        });
      }),
      { numRuns: 150 },
    );
  });
});
