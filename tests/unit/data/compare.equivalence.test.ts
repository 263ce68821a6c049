/**
 * The Compare model, its chart rows, zone-basis warnings and buildLines return exactly
 * what they did before rows were built lazily and figures bucketed in one pass (issue 11): on today's
 * data, and on generated figures with many disagreeing figures a year, as the scale bench has them.
 * ./oracle holds the implementations as they were, kept here only as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { packDataset, unpackDataset, type PackedDataset } from '../../../src/data/compiled/pack';
import type { Dataset } from '../../../src/data/model';
import type { Region, Series } from '../../../src/data/schema/enums';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { selectCompareModel, type ChartKind } from '../../../src/data/selectors/compare/model';
import { lineRows } from '../../../src/data/selectors/compare/panels';
import {
  conflictingZoneBases,
  selectCompare,
  zoneBasesOf,
  type CompareQuery,
} from '../../../src/data/selectors/compare/select';
import { indexObservations } from '../../../src/data/selectors/valueGroups';
import { CATALOGUE, obs } from '../compare/fixtures';
import { realTexts } from '../fixtures';
import * as oldLines from './oracle/lines';
import * as oldModel from './oracle/model';
import * as oldPanels from './oracle/panels';
import * as oldSelect from './oracle/select';

const built = buildDataset(realTexts(), { lastYear: 2026 });
const unpacked = unpackDataset(JSON.parse(JSON.stringify(packDataset(built))) as PackedDataset);

const ALL_SERIES: readonly Series[] = ['statistics', 'assessment', 'other'];
const CHARTS: readonly ChartKind[] = ['line', 'bars'];

function queries(dataset: Pick<Dataset, 'index'>): CompareQuery[] {
  const withData = [...dataset.index.byIndicator.keys()];
  const sets = [
    [],
    ['not-an-indicator'],
    ...withData.map((id) => [id]),
    ['gdp', 'trade_total_cny', 'fdi_actual_usd', 'gdp_yoy_pct', 'tax_revenue', 'zone_count'],
    withData,
  ];
  const out: CompareQuery[] = [];
  for (const ind of sets)
    for (const reg of [[], ['national', 'east', 'central', 'west', 'northeast']] as Region[][])
      for (const mode of ind.length > 1 ? (['abs', 'index', 'share'] as const) : (['abs'] as const))
        out.push({ ind, reg, from: null, to: null, mode, per: 'FY', ser: ALL_SERIES, base: null });
  out.push({ ind: ['gdp'], reg: ['national'], from: 2010, to: 2020, mode: 'abs', per: 'H1', ser: ['other'] });
  return out;
}

/** The model and everything derived from its rows, now and before, for each chart and a few bar years. */
function expectSameModel(dataset: Pick<Dataset, 'indicators' | 'index'>, query: CompareQuery) {
  const years = [null, selectCompare(dataset, query).yearsWithData.at(-2) ?? null, 1900];
  for (const chart of CHARTS)
    for (const year of years) {
      const now = selectCompareModel(dataset, { ...query, chart, year });
      expect(now).toStrictEqual(oldModel.selectCompareModel(dataset, { ...query, chart, year }));
      // Rows built on first read are the rows a filter over every row gave.
      if (chart === 'bars')
        for (const panel of now.panels)
          expect(panel.rows).toStrictEqual(
            now.result.rows.filter((r) => r.year === now.barYear && r.line.unit === panel.unit),
          );
    }
  const result = selectCompare(dataset, query);
  expect(conflictingZoneBases(result.rows)).toStrictEqual(oldSelect.conflictingZoneBases(result.rows));
  expect(zoneBasesOf(result.rows)).toStrictEqual(oldSelect.zoneBasesOf(result.rows));
  for (const panel of result.panels) expect(lineRows(panel)).toStrictEqual(oldPanels.lineRows(panel));
}

describe.each([
  ['built from the CSV', built],
  ['packed and unpacked, as the browser loads it', unpacked],
])('on today’s data %s, Compare returns what it did before', (_, dataset) => {
  it('the whole model, line and bar charts, by indicator set, region set and mode', () => {
    for (const query of queries(dataset)) expectSameModel(dataset, query);
  });
});

describe('on generated figures', () => {
  // Few values and many regions' figures a year: years with dozens of statements, disputed or quietly marked.
  const figure = fc.record({
    indicator: fc.constantFrom(
      'gdp',
      'gdp_share_national_pct',
      'gdp_share_national_fraction',
      'fdi_actual_usd',
    ),
    year: fc.integer({ min: 2018, max: 2023 }),
    region: fc.constantFrom<Region>('national', 'east', 'west'),
    period: fc.constantFrom('FY' as const, 'H1' as const),
    series: fc.constantFrom<Series>('statistics', 'assessment', 'other'),
    value: fc.constantFrom(10, 10.1, 10.04, 20, 0.1, 0.25, 33, 47.5),
    qualifier: fc.constantFrom('' as const, '>' as const, '≈' as const),
    zoneBasis: fc.constantFrom(null, 100, 120),
  });
  const unitOf = (indicator: string) =>
    indicator === 'gdp_share_national_pct'
      ? ('%' as const)
      : indicator === 'gdp_share_national_fraction'
        ? ('fraction' as const)
        : indicator === 'fdi_actual_usd'
          ? ('USD billion' as const)
          : ('CNY billion' as const);
  const datasetOf = (rows: ReadonlyArray<Parameters<typeof obs>[0] & { indicator: string }>) => {
    const observations = rows.map((r) => obs({ ...r, unit: unitOf(r.indicator) }));
    return {
      indicators: CATALOGUE,
      observations,
      index: indexObservations(CATALOGUE, observations),
    };
  };

  it('the model, chart rows and zone bases match the old code', () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 120 }), (rows) => {
        const dataset = datasetOf(rows);
        for (const reg of [[], ['east', 'west'], ['national', 'east', 'west']] as Region[][])
          for (const mode of ['abs', 'index', 'share'] as const)
            expectSameModel(dataset, {
              ind: ['gdp', 'gdp_share_national_pct', 'fdi_actual_usd'],
              reg,
              from: null,
              to: null,
              mode,
              per: 'FY',
              ser: ALL_SERIES,
            });
      }),
      { numRuns: 80 },
    );
  });

  it('lines judged among their own figures match the old code', () => {
    fc.assert(
      fc.property(
        fc.array(figure, { maxLength: 120 }),
        fc.integer({ min: 2017, max: 2021 }),
        fc.integer({ min: 0, max: 4 }),
        (rows, from, span) => {
          const { observations } = datasetOf(rows);
          const to = from + span;
          const args = [
            observations,
            ['gdp', 'fdi_actual_usd'],
            ['national', 'east', 'west'],
            from,
            to,
          ] as const;
          expect(buildLines(...args)).toStrictEqual(oldLines.buildLines(...args));
        },
      ),
      { numRuns: 150 },
    );
  });
});
