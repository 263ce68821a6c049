/**
 * The selectors made to scale (issue 11) return exactly what they returned before, on today's bundled
 * data — built from the CSV and, as the browser gets it, packed and unpacked — and on generated figures.
 * ./oracle holds the implementations as they were, kept here only as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { packDataset, unpackDataset, type PackedDataset } from '../../../src/data/compiled/pack';
import type { Dataset, Observation } from '../../../src/data/model';
import type { Region, Series } from '../../../src/data/schema/enums';
import { selectCompare, type CompareQuery } from '../../../src/data/selectors/compare/select';
import { disputedWidth, groupPanels } from '../../../src/data/selectors/compare/panels';
import { consistentDifferences, flaggedConflicts } from '../../../src/data/selectors/conflicts';
import { assessFigures } from '../../../src/data/selectors/disagreement';
import { contextAt } from '../../../src/data/selectors/growth/context';
import { headlinePairs } from '../../../src/data/selectors/headline';
import { groupStatements } from '../../../src/data/selectors/statements';
import {
  groupOf,
  indexObservations,
  quantities,
  sharedValueGroups,
  valueGroupsOf,
  type JudgedIndex,
} from '../../../src/data/selectors/valueGroups';
import { CATALOGUE, obs } from '../compare/fixtures';
import { realTexts } from '../fixtures';
import * as old from './oracle/conflicts';
import * as oldContext from './oracle/context';
import * as oldHeadline from './oracle/headline';
import * as oldPanels from './oracle/panels';
import * as oldSelect from './oracle/select';
import * as oldStatements from './oracle/statements';
import * as oldGroups from './oracle/valueGroups';

const built = buildDataset(realTexts(), { lastYear: 2026 });
const unpacked = unpackDataset(JSON.parse(JSON.stringify(packDataset(built))) as PackedDataset);
/** The same figures with an index that carries no verdicts: what a dataset built elsewhere would have. */
const unjudged = (d: Dataset): Dataset => ({
  ...d,
  index: { byIndicator: d.index.byIndicator, shared: d.index.shared },
});

const ALL_SERIES: readonly Series[] = ['statistics', 'assessment', 'other'];
const REGION_SETS: readonly (readonly Region[])[] = [
  [],
  ['national'],
  ['east', 'central', 'west', 'northeast'],
  ['national', 'east', 'central_west'],
];

function queries(dataset: Pick<Dataset, 'index'>): CompareQuery[] {
  const withData = [...dataset.index.byIndicator.keys()];
  const sets = [
    ...withData.map((id) => [id]),
    ['gdp', 'trade_total_cny', 'fdi_actual_usd', 'gdp_yoy_pct', 'tax_revenue', 'zone_count'],
    withData,
  ];
  const out: CompareQuery[] = [];
  for (const ind of sets)
    for (const reg of REGION_SETS)
      for (const mode of ['abs', 'index', 'share'] as const)
        for (const per of ['FY', 'H1'] as const)
          out.push({ ind, reg, from: null, to: null, mode, per, ser: ALL_SERIES, base: null });
  out.push({ ind: ['gdp'], reg: ['national'], from: 2010, to: 2020, mode: 'abs', per: 'FY', ser: ['other'] });
  return out;
}

function expectSameCompare(dataset: Pick<Dataset, 'indicators' | 'index'>, query: CompareQuery) {
  const now = selectCompare(dataset, query);
  expect(now).toStrictEqual(oldSelect.selectCompare(dataset, query));
  expect(groupPanels(now.lines)).toStrictEqual(oldPanels.groupPanels(now.lines));
  expect(now.lines.map(disputedWidth)).toStrictEqual(now.lines.map(oldPanels.disputedWidth));
}

describe.each([
  ['built from the CSV', built],
  ['packed and unpacked, as the browser loads it', unpacked],
  ['with an index that carries no verdicts', unjudged(built)],
])('on today’s data %s, the selectors return what they did before', (_, dataset) => {
  it('the Sources list: every conflict and every quiet difference, in the same order', () => {
    expect(flaggedConflicts(dataset)).toStrictEqual(old.flaggedConflicts(dataset));
    expect(consistentDifferences(dataset)).toStrictEqual(old.consistentDifferences(dataset));
    expect(flaggedConflicts(dataset).length).toBeGreaterThan(0);
  });

  it('the value groups: shared, per quantity and per figure', () => {
    expect(sharedValueGroups(dataset)).toStrictEqual(oldGroups.sharedValueGroups(dataset));
    for (const quantity of new Set(quantities(dataset).values()))
      expect(valueGroupsOf(dataset, quantity)).toStrictEqual(oldGroups.valueGroupsOf(dataset, quantity));
    for (const o of dataset.observations)
      expect(groupOf(dataset, o)).toStrictEqual(oldGroups.groupOf(dataset, o));
  });

  it('the Overview headlines and the Zone growth figures of every year', () => {
    expect(headlinePairs(dataset)).toStrictEqual(oldHeadline.headlinePairs(dataset));
    for (let year = 1984; year <= 2026; year += 1)
      expect(contextAt(dataset, year)).toStrictEqual(oldContext.contextAt(dataset, year));
  });

  it('Compare, for each indicator alone, the bench’s six and all together, by region set, mode and period', () => {
    for (const query of queries(dataset)) expectSameCompare(dataset, query);
  });
});

describe('the verdicts judged at build time', () => {
  it('are the one rule’s on every shared figure list of today’s data, after packing', () => {
    const { shared, judged } = unpacked.index as JudgedIndex;
    expect(judged).toHaveLength(shared.length);
    shared.forEach((positions, i) => {
      const list = positions.map((p) => unpacked.observations[p] as Observation);
      expect(judged[i]).toStrictEqual(
        assessFigures(oldStatements.groupStatements(list).map((s) => s.figure)),
      );
    });
    expect(judged.some((a) => a.conflict)).toBe(true);
    expect(judged.some((a) => !a.conflict && a.marks.length > 0)).toBe(true);
  });
});

describe('on generated figures', () => {
  const figure = fc.record({
    indicator: fc.constantFrom(
      'gdp',
      'gdp_share_national_pct',
      'gdp_share_national_fraction',
      'fdi_actual_usd',
    ),
    year: fc.integer({ min: 2020, max: 2023 }),
    region: fc.constantFrom<Region>('national', 'east', 'west'),
    period: fc.constantFrom('FY' as const, 'H1' as const),
    series: fc.constantFrom<Series>('statistics', 'assessment', 'other'),
    value: fc.constantFrom(10, 10.1, 10.04, 20, 0.1, 0.25),
    qualifier: fc.constantFrom('' as const, '>' as const, '≈' as const),
  });
  const unitOf = (indicator: string) =>
    indicator === 'gdp_share_national_pct'
      ? ('%' as const)
      : indicator === 'gdp_share_national_fraction'
        ? ('fraction' as const)
        : indicator === 'fdi_actual_usd'
          ? ('USD billion' as const)
          : ('CNY billion' as const);

  it('value groups, Compare and statements match the old code (shares in per cent and as fractions merged)', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 60 }), (rows) => {
        const observations = rows.map((r) => obs({ ...r, unit: unitOf(r.indicator) }));
        const dataset = {
          indicators: CATALOGUE,
          observations,
          index: indexObservations(CATALOGUE, observations),
        };
        expect(sharedValueGroups(dataset)).toStrictEqual(oldGroups.sharedValueGroups(dataset));
        for (const o of observations)
          expect(groupOf(dataset, o)).toStrictEqual(oldGroups.groupOf(dataset, o));
        expect(groupStatements(observations)).toStrictEqual(oldStatements.groupStatements(observations));
        for (const reg of [[], ['east', 'west']] as Region[][])
          for (const mode of ['abs', 'index', 'share'] as const)
            expectSameCompare(dataset, {
              ind: ['gdp', 'gdp_share_national_pct', 'fdi_actual_usd'],
              reg,
              from: null,
              to: null,
              mode,
              per: 'FY',
              ser: ALL_SERIES,
            });
      }),
      { numRuns: 120 },
    );
  });
});
