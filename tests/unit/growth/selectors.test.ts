import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { contextAt } from '../../../src/data/selectors/growth/context';
import {
  chartCountStatements,
  countAt,
  countSeries,
  countYears,
  nationalCountStatements,
  timelineRange,
} from '../../../src/data/selectors/growth/counts';
import { comparePartial, within } from '../../../src/data/selectors/growth/dates';
import {
  milestonesIn,
  policyMilestones,
  sortMilestones,
  zoneMilestones,
} from '../../../src/data/selectors/growth/milestones';
import { provinceTiles } from '../../../src/data/selectors/growth/provinces';
import { regionalSplits, splitsAt } from '../../../src/data/selectors/growth/regions';
import {
  approvedAfter,
  countByRegion,
  listedIn,
  searchZones,
  zoneEntries,
  zonesApprovedIn,
} from '../../../src/data/selectors/growth/zones';
import { realTexts } from '../fixtures';
import { indexObservations } from '../../../src/data/selectors/valueGroups';

const dataset = buildDataset(realTexts(), { lastYear: 2026 });

describe('partial dates', () => {
  it('compares at the precision both dates have', () => {
    expect(comparePartial('2024-10', '2024-10-27')).toBe(0);
    expect(within('1986', '1984', '1988')).toBe(true);
    expect(within('1989', '1984', '1988')).toBe(false);
    expect(within('2024-10-30', '2024-10-27', '2024-10-27')).toBe(false);
  });
});

describe('zone counts at a date', () => {
  it('keeps only dated national stock and cumulative statements on the chart, in date order', () => {
    const chart = chartCountStatements(dataset);
    expect(
      chart.every((s) => s.scope === 'national' && (s.kind === 'stock' || s.kind === 'cumulative')),
    ).toBe(true);
    expect(chart.map((s) => s.date)).toEqual([...chart.map((s) => s.date)].sort());
    expect(chart.some((s) => s.date === '')).toBe(false);
    expect(nationalCountStatements(dataset).some((s) => s.kind === 'covered')).toBe(true);
  });

  it('in 2021 holds 232 zones existing against 230, never the 232 ever approved against the 230 existing', () => {
    const y2021 = countYears(dataset).find((y) => y.year === 2021);
    expect(y2021?.statements.map((s) => s.figure.value).sort()).toEqual([230, 232]);
    expect(y2021?.conflict).toBe(true);
    expect(y2021?.conflictKeys).toEqual(['stock|2021']);
    // The conflicting statements are all of zones existing; they are dated differently within the year.
    expect(y2021?.reasons).toEqual(['date']);
    const statements = chartCountStatements(dataset).filter((s) => s.year === 2021);
    expect(
      statements
        .filter((s) => s.conflict)
        .map((s) => `${s.kind} ${s.value} ${s.source}`)
        .sort(),
    ).toEqual([
      'stock 230 ah2021',
      'stock 230 ct2021',
      'stock 230 dzrb2022',
      'stock 230 wiki_mirror',
      'stock 232 modeng',
    ]);
    expect(statements.find((s) => s.kind === 'cumulative')?.conflict).toBe(false);
  });

  it('keeps 229, 232 and 233 around 2024 side by side', () => {
    const at = countAt(dataset, 2024);
    expect(at?.year).toBe(2024);
    expect(at?.statements.map((s) => s.figure.value).sort()).toEqual([229, 232, 233]);
    expect(at?.reasons).toContain('date');
  });

  it('falls back to the latest earlier year with statements and says which year that is', () => {
    const at = countAt(dataset, 1990);
    expect(at?.year).toBe(1988);
    expect(at?.statements[0]?.figure.value).toBe(14);
    expect(countAt(dataset, 1983)).toBeNull();
  });

  it('never calls a bound a conflict with a figure inside it', () => {
    const y2014 = countYears(dataset).find((y) => y.year === 2014);
    expect(y2014?.statements.map((s) => `${s.figure.qualifier}${s.figure.value}`)).toEqual(['>200', '215']);
    expect(y2014?.conflict).toBe(false);
    expect(y2014?.marks).toEqual(['bound']);
  });

  it('plays from 1984 to the latest dated statement', () => {
    expect(timelineRange(dataset)).toEqual({ first: 1984, last: 2025 });
  });
});

describe('milestones', () => {
  const list = zoneMilestones(dataset);

  it('holds the approval batches with the statements dated within them', () => {
    const first = list.find((m) => m.id === 'batch.first');
    expect(first).toMatchObject({ kind: 'batch', year: 1984, yearTo: 1988, source: 'cn2004list' });
    expect(first?.statements.map((s) => s.count)).toEqual([14, 14, 14]);
    const y2024 = list.find((m) => m.id === 'batch.upgrade_2024');
    expect(y2024?.statements.map((s) => s.count)).toEqual([4, 4]);
    expect(list.some((m) => m.id === 'batch.policy5')).toBe(false);
  });

  it('holds the two exits and the first newly established zone', () => {
    expect(list.filter((m) => m.kind === 'exit').map((m) => [m.id, m.date, m.statements.length])).toEqual([
      ['exit.jiuquan', '2020-01-17', 1],
      ['exit.shizuishan', '2021-01-27', 1],
    ]);
    expect(list.find((m) => m.kind === 'establishment')?.id).toBe('new.2013-01');
  });

  it('finds what is under way in a year and merges policy documents in date order', () => {
    expect(milestonesIn(list, 1986).map((m) => m.id)).toEqual(['batch.first']);
    expect(milestonesIn(list, 2010).map((m) => m.id)).toEqual([
      'batch.upgrade_2009_2013',
      'batch.spring_2010',
      'batch.nov_2010',
    ]);
    const merged = sortMilestones([
      ...list,
      ...policyMilestones([
        { id: 'doc-a', date: '2019-05-28', sources: ['https://example.org/a'] },
        { id: 'bad', date: '', sources: [] },
      ]),
    ]);
    const i = merged.findIndex((m) => m.id === 'policy.doc-a');
    expect((merged[i - 1]?.date ?? '') <= '2019-05-28' && (merged[i + 1]?.date ?? '9') >= '2019-05-28').toBe(
      true,
    );
    expect(merged.some((m) => m.id === 'policy.bad')).toBe(false);
    expect(merged[i]).toMatchObject({
      kind: 'policy',
      year: 2019,
      ref: 'doc-a',
      source: null,
      urls: ['https://example.org/a'],
    });
  });
});

describe('zones list', () => {
  const entries = zoneEntries(dataset);

  it('lists each zone once with its region, and a batch end only as a bound', () => {
    expect(entries).toHaveLength(dataset.zones.length);
    const yingkou = entries.find((z) => z.id === 'yingkou');
    expect(yingkou).toMatchObject({ knownBy: 1993, knownByBatch: true, region: 'northeast' });
    expect(zonesApprovedIn(entries, 1993).map((z) => z.id)).not.toContain('yingkou');
    expect(zonesApprovedIn(entries, 1984).map((z) => z.id)).toContain('dalian');
  });

  it('drops exited zones from the year they exit', () => {
    const jiuquan = entries.find((z) => z.id === 'jiuquan');
    expect(jiuquan?.knownBy).toBeNull();
    const dalian = entries.find((z) => z.id === 'dalian');
    expect(dalian && listedIn(dalian, 1983)).toBe(false);
    expect(dalian && listedIn(dalian, 1984)).toBe(true);
  });

  it('searches names in the current language and ids', () => {
    const names: Record<string, string> = { dalian: '大连经济技术开发区' };
    const hits = searchZones(entries, '大连', (z) => names[z.id] ?? '');
    expect(hits.map((z) => z.id)).toEqual(['dalian']);
    expect(searchZones(entries, '  ', () => '')).toHaveLength(entries.length);
  });
});

describe('province tiles', () => {
  it('keeps no data apart from zero and the stated count apart from the listed one', () => {
    const tiles = provinceTiles(dataset, 2025);
    expect(tiles).toHaveLength(31);
    const zhejiang = tiles.find((t) => t.id === 'zhejiang');
    expect(zhejiang?.stated?.count).toBe(22);
    expect(zhejiang?.stated?.as_of).toBe('2022-10-12');
    const beijing = tiles.find((t) => t.id === 'beijing');
    expect(beijing?.stated).toBeNull();
    expect(beijing?.listed).toBe(1);
  });

  it('follows the playhead: no later statement, no zone before its date', () => {
    const tiles = provinceTiles(dataset, 2010);
    const jiangsu = tiles.find((t) => t.id === 'jiangsu');
    expect(jiangsu?.stated).toBeNull();
    expect(tiles.find((t) => t.id === 'gansu')?.stated?.count).toBe(2);
    const early = provinceTiles(dataset, 1984);
    expect(early.find((t) => t.id === 'liaoning')?.listed).toBe(1);
    expect(early.find((t) => t.id === 'zhejiang')?.undated).toBeGreaterThan(10);
  });
});

describe('count chart series', () => {
  it('draws the step through every exactly dated stock count and puts the rest off it, each statement once', () => {
    const chart = chartCountStatements(dataset);
    const series = countSeries(chart, 2030);
    const near = (list: { x: number; y: number }[], x: number, y: number) =>
      list.some((p) => Math.floor(p.x) === x && p.y === y);
    // c.2003 and c.2008 (49) have approximate dates: marks off the step, never corners of it.
    expect(near(series.approx, 2003, 49)).toBe(true);
    expect(near(series.approx, 2008, 49)).toBe(true);
    expect(near(series.line, 2003, 49)).toBe(false);
    expect(near(series.line, 2008, 49)).toBe(false);
    const exactStock = chart.filter((s) => s.kind === 'stock' && s.qualifier === '' && !s.date_approx);
    expect(series.line).toHaveLength(exactStock.length);
    expect(series.agreed.length + series.disputed.length).toBe(series.line.length);
    const placed =
      series.line.length + series.approx.length + series.bounds.length + series.cumulative.length;
    expect(placed).toBe(chart.length);
    expect(near(series.bounds, 2014, 200)).toBe(true);
    expect(countSeries(chart, 2000).line.every((p) => p.x < 2001)).toBe(true);
  });
});

describe('regional split', () => {
  it('keeps each source and scheme apart with its national total', () => {
    const splits = regionalSplits(dataset);
    const four = splits.find((s) => s.source === 'cnfocus2024');
    expect(four?.scheme).toBe('four');
    expect(four?.parts.map((p) => [p.scope, p.count])).toEqual([
      ['east', 103],
      ['central', 55],
      ['west', 50],
      ['northeast', 21],
    ]);
    expect(four?.total?.count).toBe(229);
  });

  it('dates a statistics release by the year it describes and keeps its missing regions as not stated', () => {
    const release = regionalSplits(dataset).find((s) => s.source === 'hunan2023');
    expect(release?.date).toBe('2023');
    expect(release?.stated).toBe('2024-06-18');
    expect(release?.year).toBe(2023);
    expect(release?.parts.map((p) => p.scope)).toEqual(['east', 'central']);
    expect(release?.missing).toEqual(['west', 'northeast']);
    expect(regionalSplits(dataset).find((s) => s.source === 'cnfocus2024')?.missing).toEqual([]);
  });

  it('at 2024 shows the complete 2023 split first, beside the partial release', () => {
    const at = splitsAt(dataset, 2024);
    expect(at.map((s) => s.year)).toEqual([2023, 2023, 2023]);
    expect(at[0]?.missing).toEqual([]);
    expect(at.map((s) => s.source)).toContain('cnfocus2024');
    expect(at.at(-1)?.source).toBe('hunan2023');
  });

  it('shows every scheme of the latest year with a split up to the playhead', () => {
    expect(
      splitsAt(dataset, 2023)
        .map((s) => s.scheme)
        .sort(),
    ).toEqual(['four', 'four', 'three']);
    expect(splitsAt(dataset, 1999)).toEqual([]);
  });

  it('dates the first-half 2004 split by the period it describes, stated on publication', () => {
    const [h1] = splitsAt(dataset, 2005);
    expect([h1?.date, h1?.stated, h1?.year]).toEqual(['2004-06', '2004-08-10', 2004]);
  });

  it('between 2006 and 2023 shows the latest split up to the playhead: the 2006 one, of 54 zones', () => {
    for (const year of [2010, 2015, 2022]) {
      const at = splitsAt(dataset, year);
      expect(at.map((s) => [s.year, s.source, s.total?.count])).toEqual([[2006, 'r2006', 54]]);
    }
  });
});

describe('context figures', () => {
  it('gives the headline indicators for exactly the year, gaps as empty', () => {
    const y2023 = contextAt(dataset, 2023);
    const gdp = y2023.find((c) => c.indicator === 'gdp');
    expect(gdp?.statements.map((s) => s.figure.value).sort()).toEqual([14800, 15000, 15700]);
    expect(gdp?.conflict).toBe(true);
    expect(contextAt(dataset, 1985).every((c) => c.statements.length === 0)).toBe(true);
  });
});

describe('zones added after a year', () => {
  it('holds only zones with a stated approval date after it, counted by region', () => {
    const entries = zoneEntries(dataset);
    const after = approvedAfter(entries, 2010);
    expect(after.every((z) => !z.knownByBatch && (z.knownBy ?? 0) > 2010)).toBe(true);
    expect(after.map((z) => z.id)).toEqual(expect.arrayContaining(['caofeidian', 'guixi', 'zhangjiakou']));
    expect(after.map((z) => z.id)).not.toContain('jiangning');
    const regions = countByRegion(after);
    expect(regions.reduce((n, r) => n + r.count, 0)).toBe(after.length);
    expect(regions.every((r) => r.count > 0)).toBe(true);
  });
});

describe('contextAt with a large dataset', () => {
  // Math.min(...years) over every figure threw "Maximum call stack size exceeded" at about 280 000 figures.
  it('finds the years of 300 000 figures without overflowing the stack', () => {
    const extra = dataset.observations[0]!;
    const observations = [
      ...dataset.observations,
      ...Array.from({ length: 300_000 }, (_, i) => ({
        ...extra,
        id: `synthetic-${i}`,
        indicator: 'synthetic',
        year: 1950 + (i % 100),
      })),
    ];
    const big = {
      indicators: dataset.indicators,
      observations,
      index: indexObservations(dataset.indicators, observations),
    };
    expect(contextAt(big, 2023)).toEqual(contextAt(dataset, 2023));
  });
});
