import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/data/model';
import { selectCompareModel, type CompareModelQuery } from '../../../src/data/selectors/compare/model';
import { CATALOGUE, obs } from './fixtures';
import { indexObservations } from '../../../src/data/selectors/valueGroups';

const datasetOf = (observations: Observation[]) => ({
  indicators: CATALOGUE,
  observations,
  index: indexObservations(CATALOGUE, observations),
});

const query = (p: Partial<CompareModelQuery>): CompareModelQuery => ({
  ind: ['gdp'],
  reg: [],
  from: null,
  to: null,
  mode: 'abs',
  per: 'FY',
  ser: ['statistics', 'assessment', 'other'],
  chart: 'line',
  year: null,
  ...p,
});

/** National GDP 2018–2020; East only in 2018 and 2019; a count for 2019 alone. */
const sample = () =>
  datasetOf([
    obs({ year: 2018, value: 100 }),
    obs({ year: 2019, value: 110 }),
    obs({ year: 2020, value: 120 }),
    obs({ year: 2018, value: 40, region: 'east' }),
    obs({ year: 2019, value: 45, region: 'east' }),
    obs({ indicator: 'zone_count', unit: 'count', year: 2019, value: 230 }),
  ]);

describe('the bar year', () => {
  const dataset = sample();
  it('is the chosen year when it has figures', () => {
    expect(selectCompareModel(dataset, query({ chart: 'bars', year: 2019 })).barYear).toBe(2019);
  });
  it('is the latest year with the most regions when none is chosen, or the chosen one has none', () => {
    expect(selectCompareModel(dataset, query({ chart: 'bars' })).barYear).toBe(2020);
    expect(selectCompareModel(dataset, query({ chart: 'bars', year: 2005 })).barYear).toBe(2020);
    // With East asked for, 2020 has the national figure only: 2019 has both.
    const regional = selectCompareModel(dataset, query({ chart: 'bars', reg: ['national', 'east'] }));
    expect(regional.barYear).toBe(2019);
    expect(regional.barYears).toEqual([
      { year: 2018, regions: 2 },
      { year: 2019, regions: 2 },
      { year: 2020, regions: 1 },
    ]);
  });
  it('is null when nothing matches', () => {
    expect(selectCompareModel(dataset, query({ from: 1990, to: 1995 })).barYear).toBeNull();
  });
});

describe('panels of a bar chart', () => {
  const dataset = sample();

  it('holds only the figures of the bar year, and leaves out units without one', () => {
    const m = selectCompareModel(dataset, query({ ind: ['gdp', 'zone_count'], chart: 'bars', year: 2020 }));
    expect(m.panels.map((p) => p.unit)).toEqual(['CNY billion']);
    const [panel] = m.panels;
    expect(panel?.rows.map((r) => [r.line.region, r.year, r.statement.value])).toEqual([
      ['national', 2020, 120],
    ]);
    expect(panel?.chart).toMatchObject({
      kind: 'bars',
      year: 2020,
      rows: [{ region: 'national', b0_0: 120 }],
    });
  });

  it('names a chosen region with figures in other years but none in the bar year', () => {
    const m = selectCompareModel(
      dataset,
      query({ reg: ['national', 'east', 'west'], chart: 'bars', year: 2020 }),
    );
    expect(m.barGaps).toEqual({ year: 2020, regions: ['east'] });
    // West has no figure at all: that is said once, as a region no line covers.
    expect(m.silentRegions).toEqual(['west']);
  });

  it('has no bar gaps on a line chart', () => {
    const m = selectCompareModel(dataset, query({ reg: ['national', 'east'] }));
    expect(m.barGaps).toBeNull();
    expect(m.panels[0]?.rows).toHaveLength(5);
  });

  it('puts disagreeing figures of one series side by side, each under its own key', () => {
    const m = selectCompareModel(
      datasetOf([
        obs({ year: 2022, value: 20, qualifier: '>', series: 'other' }),
        obs({ year: 2022, value: 23.9, series: 'other' }),
      ]),
      query({ chart: 'bars' }),
    );
    const chart = m.panels[0]?.chart;
    expect(chart?.kind === 'bars' && chart.bars.map((b) => b.dataKeys)).toEqual([['b0_0', 'b0_1']]);
    expect(chart?.rows).toEqual([
      {
        region: 'national',
        b0_0: 20,
        'b0_0:q': '>',
        'b0_0:s': 'other',
        b0_1: 23.9,
        'b0_1:q': '',
        'b0_1:s': 'other',
      },
    ]);
  });
});

describe('a line chart', () => {
  it('draws a disputed year as separate marks and keeps gaps empty', () => {
    const m = selectCompareModel(
      datasetOf([
        obs({ year: 2020, value: 10 }),
        obs({ year: 2022, value: 12 }),
        obs({ year: 2022, value: 13, qualifier: '≈' }),
      ]),
      query({}),
    );
    const chart = m.panels[0]?.chart;
    if (chart?.kind !== 'line') throw new Error('expected a line chart');
    const k = 'l-gdp--national--statistics';
    expect(chart.lines.map((l) => [l.dataKey, l.disputedKeys])).toEqual([[k, [`${k}_0`, `${k}_1`]]]);
    expect(chart.rows).toEqual([
      { year: 2020, [k]: 10, [`${k}:q`]: '' },
      { year: 2021, [k]: null, [`${k}:q`]: '' },
      {
        year: 2022,
        [k]: null,
        [`${k}:q`]: '',
        [`${k}_0`]: 12,
        [`${k}_0:q`]: '',
        [`${k}_1`]: 13,
        [`${k}_1:q`]: '≈',
      },
    ]);
  });

  it('counts the distinct sources and names each indicator once', () => {
    const m = selectCompareModel(
      datasetOf([
        obs({ year: 2020, value: 10, source: 'a' }),
        obs({ year: 2021, value: 11, source: 'a' }),
        obs({ year: 2021, value: 11, series: 'assessment', source: 'b' }),
      ]),
      query({}),
    );
    expect(m.panels[0]).toMatchObject({ indicators: ['gdp'], sources: 2 });
    expect(m.panels[0]?.lines).toHaveLength(2);
  });
});

describe('the year fields', () => {
  const dataset = sample();
  it('span the years with figures for the choice, so a typed year never leaves them', () => {
    expect(selectCompareModel(dataset, query({})).years).toEqual({
      min: 2018,
      max: 2020,
      from: 2018,
      to: 2020,
    });
    expect(selectCompareModel(dataset, query({ ind: ['zone_count'] })).years).toEqual({
      min: 2019,
      max: 2019,
      from: 2019,
      to: 2019,
    });
  });

  it('keep both ends inside the bounds when the range reaches beyond them', () => {
    expect(selectCompareModel(dataset, query({ from: 2000, to: 2030 })).years).toMatchObject({
      from: 2018,
      to: 2020,
    });
  });

  it('reach back to the first data year when the choice has no figures, and show all of it', () => {
    // Never "1984–1984": with nothing to draw the fields show every year that can be asked for.
    expect(selectCompareModel(dataset, query({ ind: ['fdi_actual_usd'] })).years).toEqual({
      min: 1984,
      max: 2020,
      from: 1984,
      to: 2020,
    });
  });

  it('show the range asked for when it has no figures, as the notice does', () => {
    expect(selectCompareModel(dataset, query({ from: 1990, to: 1995 })).years).toMatchObject({
      from: 1990,
      to: 1995,
    });
  });

  it('match the years the chart draws when the period changes', () => {
    const data = datasetOf([
      obs({ year: 2002, value: 1 }),
      obs({ year: 2024, value: 2 }),
      obs({ year: 2004, value: 3, period: 'H1' }),
      obs({ year: 2010, value: 4, period: 'H1' }),
    ]);
    const m = selectCompareModel(data, query({ per: 'H1', from: 2002, to: 2024 }));
    const drawn = m.panels[0]?.chart.rows.map((r) => r.year);
    expect([m.years.from, m.years.to]).toEqual([drawn?.[0], drawn?.at(-1)]);
    expect([m.years.from, m.years.to]).toEqual([2004, 2010]);
  });
});

describe('zone bases', () => {
  const dataset = datasetOf([
    obs({ year: 2019, value: 1, zoneBasis: 219 }),
    obs({ year: 2020, value: 2, zoneBasis: 230 }),
    obs({ year: 2020, value: 2, region: 'east', zoneBasis: 100 }),
  ]);

  it('warn when one region’s shown figures cover different numbers of zones', () => {
    expect(selectCompareModel(dataset, query({ reg: ['national', 'east'] })).zoneBases).toEqual([
      {
        region: 'national',
        bases: [
          { count: 219, notes: [] },
          { count: 230, notes: [] },
        ],
      },
    ]);
  });

  it('count only the figures a bar chart shows', () => {
    expect(
      selectCompareModel(dataset, query({ reg: ['national', 'east'], chart: 'bars', year: 2020 })).zoneBases,
    ).toEqual([]);
  });
});

describe('what is chosen', () => {
  const dataset = sample();
  it('opens on the default indicators, said to be a default, when no known id is chosen', () => {
    for (const ind of [[], ['nope']]) {
      const m = selectCompareModel(dataset, query({ ind }));
      expect(m.defaulted).toBe(true);
      expect(m.chosen).toEqual(['gdp', 'gdp_share_national_pct']);
      expect(m.panels.length).toBeGreaterThan(0);
    }
    const m = selectCompareModel(dataset, query({ ind: ['nope', 'gdp'] }));
    expect(m.defaulted).toBe(false);
    expect(m.chosen).toEqual(['gdp']);
  });
  it('takes no region as all zones nationally', () => {
    expect(selectCompareModel(dataset, query({})).regions).toEqual(['national']);
  });
});

describe('stable references, so Recharts does not redraw identical data', () => {
  const dataset = sample();

  it('returns the same model for the same filter given as new arrays', () => {
    expect(selectCompareModel(dataset, query({ ind: ['gdp'] }))).toBe(
      selectCompareModel(dataset, query({ ind: ['gdp'] })),
    );
  });

  it('keeps the chart rows when only the chart kind or the bar year changes and comes back', () => {
    const line = selectCompareModel(dataset, query({})).panels[0]?.chart;
    const bars2019 = selectCompareModel(dataset, query({ chart: 'bars', year: 2019 })).panels[0]?.chart;
    selectCompareModel(dataset, query({ chart: 'bars', year: 2020 }));
    expect(selectCompareModel(dataset, query({ chart: 'bars', year: 2019 })).panels[0]?.chart).toBe(bars2019);
    expect(selectCompareModel(dataset, query({})).panels[0]?.chart).toBe(line);
    expect(line?.rows).toBe(selectCompareModel(dataset, query({ year: 2019 })).panels[0]?.chart.rows);
  });
});
