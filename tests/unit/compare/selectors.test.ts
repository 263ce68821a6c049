import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { indexLine, indexLines } from '../../../src/data/selectors/compare/indexing';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { resolveIndicators } from '../../../src/data/selectors/compare/modes';
import { barRows, groupPanels, lineRows } from '../../../src/data/selectors/compare/panels';
import {
  conflictingZoneBases,
  selectCompare,
  zoneBasesOf,
  type CompareQuery,
} from '../../../src/data/selectors/compare/select';
import { offeredIndicators, regionsWithData } from '../../../src/data/selectors/compare/catalog';
import { realTexts } from '../fixtures';
import { CATALOGUE, obs } from './fixtures';
import { pointsAt } from '../../../src/data/selectors/compare/points';

describe('buildLines: gaps and disagreements', () => {
  it('keeps a missing year as an empty year, never a value', () => {
    const [line] = buildLines(
      [obs({ year: 2020, value: 10 }), obs({ year: 2022, value: 12 })],
      ['gdp'],
      ['national'],
      2020,
      2022,
    );
    expect(line?.years.map((y) => y.statements.map((s) => s.value))).toEqual([[10], [], [12]]);
    const rows = lineRows(groupPanels(line ? [line] : [])[0]!);
    expect(rows.map((r) => r[line!.key])).toEqual([10, null, 12]);
  });

  it('splits lines by publication series and keeps both sides of a disagreement', () => {
    const lines = buildLines(
      [
        obs({ year: 2023, value: 15700, series: 'statistics' }),
        obs({ year: 2023, value: 14800, series: 'assessment' }),
      ],
      ['gdp'],
      ['national'],
      2023,
      2023,
    );
    expect(lines.map((l) => [l.series, l.years[0]?.statements[0]?.value])).toEqual([
      ['statistics', 15700],
      ['assessment', 14800],
    ]);
  });

  it('groups identical figures from several sources into one statement and picks none of differing ones', () => {
    const [line] = buildLines(
      [
        obs({ year: 2024, value: 16900, series: 'other' }),
        obs({ year: 2024, value: 16900, series: 'other' }),
        obs({ year: 2023, value: 15000, series: 'other', qualifier: '>' }),
        obs({ year: 2023, value: 15700, series: 'other' }),
      ],
      ['gdp'],
      ['national'],
      2023,
      2024,
    );
    expect(line?.years[1]?.statements).toHaveLength(1);
    expect(line?.years[1]?.statements[0]?.observations).toHaveLength(2);
    const rows = lineRows({
      id: 'p',
      unit: 'CNY billion',
      kind: 'level',
      split: null,
      lines: line ? [line] : [],
    });
    const k = line!.key;
    expect(rows[0]).toMatchObject({ [k]: null, [`${k}_0`]: 15000, [`${k}_0:q`]: '>', [`${k}_1`]: 15700 });
    expect(rows[1]).toMatchObject({ [k]: 16900, [`${k}:q`]: '' });
  });
});

// Keys were positions (s0, s1 …): adding a region renumbered every later line, so Recharts redrew them all.
describe('a line’s key', () => {
  const figures = [
    obs({ year: 2020, value: 10 }),
    obs({ year: 2020, value: 11, series: 'other' }),
    obs({ year: 2020, value: 3, region: 'east' }),
    obs({ year: 2020, value: 4, indicator: 'tax_revenue' }),
    obs({ year: 2020, value: 1, indicator: 'tax_revenue', region: 'east' }),
  ];
  const keysOf = (regions: ('national' | 'east')[]) =>
    new Map(
      buildLines(figures, ['gdp', 'tax_revenue'], regions, 2020, 2020).map((l) => [
        `${l.indicator} ${l.region} ${l.series}`,
        l.key,
      ]),
    );

  it('names what the line is, so adding or removing a region leaves every other line’s key alone', () => {
    const without = keysOf(['national']);
    const withEast = keysOf(['east', 'national']);
    expect(withEast.size).toBe(5);
    for (const [line, key] of without) expect(withEast.get(line)).toBe(key);
    expect(new Set(withEast.values()).size).toBe(5);
  });

  it('is a safe data key and name however the ids are written, and two ids never share one', () => {
    const ids = ['a-b', 'a.b', 'a', 'b', 'a--b', 'a-2eb', '1x'];
    const lines = buildLines(
      ids.map((indicator) => obs({ year: 2020, value: 1, indicator })),
      ids,
      ['national'],
      2020,
      2020,
    );
    const keys = lines.map((l) => l.key);
    expect(new Set(keys).size).toBe(ids.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_-]*$/);
  });
});

describe('indexLine and indexLines', () => {
  const line = (
    values: Array<[number, number, ('' | '≈' | '>')?]>,
    region: 'national' | 'east' = 'national',
  ) =>
    buildLines(
      values.map(([year, value, qualifier]) => obs({ year, value, qualifier, region })),
      ['gdp'],
      [region],
      2010,
      2014,
    )[0]!;

  it('divides every year by the base year, before and after it, and keeps gaps', () => {
    const indexed = indexLine(
      line([
        [2011, 50],
        [2013, 75],
        [2014, 100],
      ]),
      2013,
    );
    expect(indexed?.baseYear).toBe(2013);
    expect(indexed?.unit).toBe('index');
    expect(indexed?.years.map((y) => y.statements[0]?.value ?? null)).toEqual([
      null,
      (50 / 75) * 100,
      null,
      100,
      (100 / 75) * 100,
    ]);
  });

  it('never takes a bound as the base and makes figures over an approximate base approximate', () => {
    const l = line([
      [2010, 40, '>'],
      [2011, 50, '≈'],
      [2012, 100],
    ]);
    expect(indexLine(l, 2010)).toBeNull();
    const indexed = indexLine(l, 2011);
    expect(indexed?.years.map((y) => y.statements[0]?.qualifier ?? null)).toEqual([
      '≈',
      '≈',
      '≈',
      null,
      null,
    ]);
  });

  it('keeps a bound over an exact base a bound', () => {
    const indexed = indexLine(
      line([
        [2010, 50],
        [2012, 100, '>'],
      ]),
      2010,
    );
    expect(indexed?.years[2]?.statements[0]).toMatchObject({ value: 200, qualifier: '>' });
  });

  it('puts every line on one base year: the first year all lines have, by default', () => {
    // The statistics line from 2010, the other from 2012: each on its own first year would read 1,560 and 165.
    const a = line([
      [2010, 10],
      [2012, 20],
      [2014, 40],
    ]);
    const b = line(
      [
        [2012, 200],
        [2014, 300],
      ],
      'east',
    );
    const result = indexLines([a, b], null);
    expect(result.base).toBe(2012);
    expect(result.lines.map((l) => l.years.find((y) => y.year === 2012)?.statements[0]?.value)).toEqual([
      100, 100,
    ]);
    expect(result.dropped).toEqual([]);
    expect(result.options).toEqual([
      { year: 2010, lines: 1 },
      { year: 2012, lines: 2 },
      { year: 2014, lines: 2 },
    ]);
  });

  it('takes a chosen base year and leaves out, and names, the lines without a figure in it', () => {
    const a = line([
      [2010, 10],
      [2012, 20],
    ]);
    const b = line([[2012, 200]], 'east');
    const result = indexLines([a, b], 2010);
    expect(result.base).toBe(2010);
    expect(result.lines.map((l) => l.region)).toEqual(['national']);
    expect(result.dropped.map((l) => l.region)).toEqual(['east']);
  });

  it('falls back to the default when the chosen year has no usable figure', () => {
    const a = line([
      [2010, 10],
      [2012, 20],
    ]);
    expect(indexLines([a], 2011).base).toBe(2010);
    expect(indexLines([], 2011)).toEqual({ base: null, options: [], lines: [], dropped: [] });
  });
});

describe('resolveIndicators', () => {
  const has = (id: string) => id !== 'gdp_share_national_fraction';
  it('uses only published year-on-year rates in yoy mode', () => {
    expect(resolveIndicators(CATALOGUE, ['gdp', 'zone_count'], 'yoy', has)).toEqual({
      shown: ['gdp_yoy_pct'],
      without: ['zone_count'],
    });
  });
  it('uses only published national shares in share mode, and never divides', () => {
    expect(resolveIndicators(CATALOGUE, ['gdp', 'fdi_actual_usd'], 'share', has)).toEqual({
      shown: ['gdp_share_national_pct'],
      without: ['fdi_actual_usd'],
    });
    expect(resolveIndicators(CATALOGUE, ['gdp', 'fdi_actual_usd'], 'share', () => true).shown).toEqual([
      'gdp_share_national_pct',
      'gdp_share_national_fraction',
    ]);
  });
  it('keeps chosen indicators as they are in absolute and index mode', () => {
    expect(resolveIndicators(CATALOGUE, ['gdp', 'gdp_yoy_pct'], 'index', () => true).shown).toEqual([
      'gdp',
      'gdp_yoy_pct',
    ]);
  });
});

describe('small multiples and bars', () => {
  it('puts each unit on its own panel, and shares and growth rates apart', () => {
    const lines = buildLines(
      [
        obs({ year: 2020, value: 1 }),
        obs({ indicator: 'gdp_share_national_pct', unit: '%', year: 2020, value: 11 }),
        obs({ indicator: 'fdi_actual_usd', unit: 'USD billion', year: 2020, value: 40 }),
        obs({ indicator: 'gdp_yoy_pct', unit: '%', year: 2020, value: 6 }),
      ],
      ['gdp', 'gdp_share_national_pct', 'fdi_actual_usd', 'gdp_yoy_pct'],
      ['national'],
      2020,
      2020,
    );
    const kindOf = (id: string) => CATALOGUE.get(id)?.kind ?? 'level';
    expect(groupPanels(lines, kindOf).map((p) => [p.unit, p.kind, p.lines.map((l) => l.indicator)])).toEqual([
      ['CNY billion', 'level', ['gdp']],
      ['%', 'share', ['gdp_share_national_pct']],
      ['USD billion', 'level', ['fdi_actual_usd']],
      ['%', 'growth', ['gdp_yoy_pct']],
    ]);
    expect(new Set(groupPanels(lines, kindOf).map((p) => p.id)).size).toBe(4);
  });

  it('never forces billions and trillions onto one axis: a flat indicator gets its own panel', () => {
    // Trade converted to USD (1.3–1.45 trillion) beside FDI (8–43 billion): FDI would lie on the floor.
    const lines = buildLines(
      [
        obs({ indicator: 'trade_total_usd', unit: 'USD billion', year: 2020, value: 1300 }),
        obs({ indicator: 'trade_total_usd', unit: 'USD billion', year: 2021, value: 1450 }),
        obs({ indicator: 'fdi_actual_usd', unit: 'USD billion', year: 2020, value: 8 }),
        obs({ indicator: 'fdi_actual_usd', unit: 'USD billion', year: 2021, value: 43 }),
      ],
      ['fdi_actual_usd', 'trade_total_usd'],
      ['national'],
      2020,
      2021,
    );
    const panels = groupPanels(lines);
    expect(panels.map((p) => [p.lines.map((l) => l.indicator), p.split])).toEqual([
      [['fdi_actual_usd'], { group: 1, of: 2 }],
      [['trade_total_usd'], { group: 0, of: 2 }],
    ]);
  });

  it('keeps a small region with its national total: the comparison asked for', () => {
    const lines = buildLines(
      [obs({ year: 2020, value: 16000 }), obs({ year: 2020, value: 300, region: 'northeast' })],
      ['gdp'],
      ['national', 'northeast'],
      2020,
      2020,
    );
    expect(groupPanels(lines)).toHaveLength(1);
  });

  it('builds bar rows by region for one year, leaving regions without figures out', () => {
    const lines = buildLines(
      [
        obs({ year: 2006, value: 800, region: 'east' }),
        obs({ year: 2006, value: 1000 }),
        obs({ year: 2005, value: 5, region: 'west' }),
      ],
      ['gdp'],
      ['national', 'east', 'west'],
      2005,
      2006,
    );
    const { rows, bars } = barRows(groupPanels(lines)[0]!, 2006);
    expect(bars).toEqual([{ key: 'b0', indicator: 'gdp', width: 1 }]);
    expect(rows).toEqual([
      { region: 'national', b0_0: 1000, 'b0_0:q': '', 'b0_0:s': 'statistics' },
      { region: 'east', b0_0: 800, 'b0_0:q': '', 'b0_0:s': 'statistics' },
    ]);
  });

  it("stands each region's bar over its name when regions are stated by different series", () => {
    // The default deck's zone counts by region: two regions from the statistics release, two from
    // other publications. One bar group per indicator, not per series, so no region has an empty slot.
    const lines = buildLines(
      [
        obs({ year: 2023, value: 103, region: 'east', unit: 'count' }),
        obs({ year: 2023, value: 55, region: 'central', unit: 'count' }),
        obs({ year: 2023, value: 50, region: 'west', series: 'other', unit: 'count' }),
        obs({ year: 2023, value: 21, region: 'northeast', series: 'other', unit: 'count' }),
      ],
      ['gdp'],
      ['east', 'central', 'west', 'northeast'],
      2023,
      2023,
    );
    const { rows, bars } = barRows(groupPanels(lines)[0]!, 2023);
    expect(bars).toEqual([{ key: 'b0', indicator: 'gdp', width: 1 }]);
    expect(rows.map((r) => [r.region, r.b0_0, r['b0_0:s']])).toEqual([
      ['east', 103, 'statistics'],
      ['central', 55, 'statistics'],
      ['west', 50, 'other'],
      ['northeast', 21, 'other'],
    ]);
  });

  it("sets a region's figures from two series side by side, each naming its series", () => {
    const lines = buildLines(
      [
        obs({ year: 2023, value: 15.7, unit: 'CNY billion' }),
        obs({ year: 2023, value: 14.8, series: 'assessment', unit: 'CNY billion' }),
      ],
      ['gdp'],
      ['national'],
      2023,
      2023,
    );
    const { rows, bars } = barRows(groupPanels(lines)[0]!, 2023);
    expect(bars[0]?.width).toBe(2);
    expect(rows[0]).toEqual({
      region: 'national',
      b0_0: 15.7,
      'b0_0:q': '',
      'b0_0:s': 'statistics',
      b0_1: 14.8,
      'b0_1:q': '',
      'b0_1:s': 'assessment',
    });
  });
});

describe('selectCompare on the real dataset', () => {
  const dataset = buildDataset(realTexts(), { lastYear: 2026 });
  const query = (p: Partial<CompareQuery>): CompareQuery => ({
    ind: [],
    reg: [],
    from: null,
    to: null,
    mode: 'abs',
    per: 'FY',
    ser: ['statistics', 'assessment', 'other'],
    ...p,
  });

  it('answers the trade and FDI share question from 2006 to 2024 with every source', () => {
    const r = selectCompare(
      dataset,
      query({ ind: ['trade_share_national_pct', 'fdi_share_national_pct'], from: 2006, to: 2024 }),
    );
    expect(r.panels).toHaveLength(1);
    expect(r.panels[0]?.unit).toBe('%');
    const years = r.rows
      .filter((row) => row.line.indicator === 'trade_share_national_pct')
      .map((row) => row.year);
    expect(Math.min(...years)).toBe(2006);
    expect(Math.max(...years)).toBe(2024);
    // 2022: assessment 25 and two "other" statements (>20, 23.9): all three are drawn.
    const trade2022 = r.rows.filter(
      (row) => row.line.indicator === 'trade_share_national_pct' && row.year === 2022,
    );
    expect(trade2022.map((row) => row.statement.value).sort()).toEqual([20, 23.9, 25]);
    expect(r.zoneBases.map((b) => b.count)).toContain(54);
  });

  it('counts figures per period kind so the period filter can say what exists', () => {
    const r = selectCompare(dataset, query({ ind: ['gdp'] }));
    expect(r.periodCounts).toEqual({ FY: 19, H1: 2 });
  });

  it('is memoised per dataset and filter', () => {
    const q = query({ ind: ['gdp'] });
    expect(selectCompare(dataset, q)).toBe(selectCompare(dataset, { ...q, ind: ['gdp'] }));
  });

  it('names unknown ids and still shows the known ones', () => {
    const r = selectCompare(dataset, query({ ind: ['gdp', 'gdp_per_martian'] }));
    expect(r.unknown).toEqual(['gdp_per_martian']);
    expect(r.shown).toEqual(['gdp']);
  });

  it('reports an empty range and the coverage to suggest instead', () => {
    const r = selectCompare(dataset, query({ ind: ['gdp'], from: 1985, to: 1990 }));
    expect(r.points).toBe(0);
    expect(r.coverage).toEqual({ from: 2002, to: 2024 });
  });

  it('offers only indicators with figures, grouped by theme', () => {
    const groups = offeredIndicators(dataset);
    expect(groups[0]?.theme).toBe('size');
    const all = groups.flatMap((g) => g.indicators);
    expect(all.every((i) => i.figures > 0)).toBe(true);
    expect(all.find((i) => i.indicator.id === 'gdp')?.years.at(-1)).toBe(2024);
  });
});

describe('zone bases and disputed bars', () => {
  it('lists each number of zones covered once, with its notes', () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    const r = selectCompare(dataset, {
      ind: ['gdp'],
      reg: [],
      from: 2004,
      to: 2009,
      mode: 'abs',
      per: 'FY',
      ser: ['statistics', 'assessment', 'other'],
    });
    expect(zoneBasesOf(r.rows)).toEqual([
      { count: 54, notes: ['etdz49-policy5'] },
      { count: 56, notes: ['original-56'] },
    ]);
  });

  it('puts disagreeing figures of one series side by side as bars, none picked', () => {
    const lines = buildLines(
      [
        obs({ year: 2022, value: 20, qualifier: '>', series: 'other', unit: '%' }),
        obs({ year: 2022, value: 23.9, series: 'other', unit: '%' }),
      ],
      ['gdp'],
      ['national'],
      2022,
      2022,
    );
    const { rows, bars } = barRows(groupPanels(lines)[0]!, 2022);
    expect(bars[0]?.width).toBe(2);
    expect(rows[0]).toEqual({
      region: 'national',
      b0_0: 20,
      'b0_0:q': '>',
      'b0_0:s': 'other',
      b0_1: 23.9,
      'b0_1:q': '',
      'b0_1:s': 'other',
    });
  });

  it('offers only regions that have figures', () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    const regions = regionsWithData(dataset);
    expect(regions[0]).toBe('national');
    expect(regions).toContain('east');
    expect(regions).not.toContain('early33');
  });
});

describe('disagreements across series', () => {
  it('marks a year disputed in every series when the series disagree, and not when they agree', () => {
    const lines = buildLines(
      [
        obs({ year: 2022, value: 25, series: 'assessment', unit: '%' }),
        obs({ year: 2022, value: 23.9, series: 'other', unit: '%' }),
        obs({ year: 2023, value: 24, series: 'assessment', unit: '%' }),
        obs({ year: 2023, value: 24, series: 'other', unit: '%' }),
      ],
      ['gdp'],
      ['national'],
      2022,
      2023,
    );
    expect(lines.map((l) => l.years.map((y) => y.disputed))).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(indexLines(lines, null).lines[0]!.years.map((y) => y.disputed)).toEqual([true, false]);
    // The tooltip and the point dialog read the same mark.
    expect(pointsAt(lines, 2022).map((e) => [e.line.series, e.disputed])).toEqual([
      ['assessment', true],
      ['other', true],
    ]);
  });

  it('does not join figures of different regions into one disagreement', () => {
    const lines = buildLines(
      [obs({ year: 2022, value: 25, region: 'national' }), obs({ year: 2022, value: 5, region: 'east' })],
      ['gdp'],
      ['national', 'east'],
      2022,
      2022,
    );
    expect(lines.map((l) => l.years[0]?.disputed)).toEqual([false, false]);
  });
});

describe('conflictingZoneBases', () => {
  const query = (ind: string[], reg: CompareQuery['reg']): CompareQuery => ({
    ind,
    reg,
    from: 2023,
    to: 2023,
    mode: 'abs',
    per: 'FY',
    ser: ['statistics', 'assessment', 'other'],
  });

  it("takes each region's own number of zones as its basis", () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    const r = selectCompare(dataset, query(['zone_count', 'gdp'], ['east', 'central', 'west', 'northeast']));
    expect(zoneBasesOf(r.rows).length).toBeGreaterThan(1);
    expect(conflictingZoneBases(r.rows)).toEqual([]);
  });

  it('flags a region whose figures cover different numbers of zones', () => {
    const lines = buildLines(
      [
        obs({ year: 2022, value: 1, zoneBasis: 217 }),
        obs({ year: 2022, value: 1, series: 'other', zoneBasis: 229 }),
        obs({ year: 2022, value: 3, region: 'east', zoneBasis: 100 }),
      ],
      ['gdp'],
      ['national', 'east'],
      2022,
      2022,
    );
    const rows = lines.flatMap((line) =>
      line.years.flatMap((y) =>
        y.statements.flatMap((statement) =>
          statement.observations.map((observation) => ({
            id: observation.id,
            line,
            year: y.year,
            statement,
            observation,
            disputed: y.disputed,
            conflictId: null,
            marks: y.marks,
          })),
        ),
      ),
    );
    expect(conflictingZoneBases(rows)).toEqual([
      {
        region: 'national',
        bases: [
          { count: 217, notes: [] },
          { count: 229, notes: [] },
        ],
      },
    ]);
  });
});

describe('conflictingZoneBases at scale', () => {
  // Each row used to copy its region's whole list ([...list, row]): quadratic, about half a minute
  // for this input; one pass takes milliseconds, so the bound below is generous on a loaded machine.
  it('groups 100 000 rows of one region in one pass', () => {
    const [line] = buildLines([obs({ year: 2022, value: 1 })], ['gdp'], ['national'], 2022, 2022);
    const statement = line!.years[0]!.statements[0]!;
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const observation = obs({ year: 2022, value: 1, zoneBasis: i % 2 ? 217 : 229 });
      return {
        id: `r${i}`,
        line: line!,
        year: 2022,
        statement,
        observation,
        disputed: false,
        conflictId: null,
        marks: [],
      };
    });
    const started = performance.now();
    const bases = conflictingZoneBases(rows);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(bases).toEqual([
      {
        region: 'national',
        bases: [
          { count: 217, notes: [] },
          { count: 229, notes: [] },
        ],
      },
    ]);
  });
});
