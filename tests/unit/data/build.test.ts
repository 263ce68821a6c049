import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { formatIssue } from '../../../src/data/parse';
import { appendLine, miniTexts, realTexts, withLine } from '../fixtures';

const VALUES_ROW = 'gdp,2022,FY,national,14000,,CNY billion,assessment,217,,src_a,14万亿元,,';

describe('buildDataset', () => {
  it('loads the bundled dataset without a single issue', () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    expect(dataset.issues.map(formatIssue)).toEqual([]);
    expect(dataset.observations.length).toBe(393);
    expect(dataset.sources.size).toBeGreaterThan(120);
  });

  it('keeps every statement of a conflicting figure (2023 GDP: statistics release and assessment)', () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    const gdp2023 = dataset.observations.filter(
      (o) => o.indicator === 'gdp' && o.year === 2023 && o.region === 'national' && o.periodCode === 'FY',
    );
    expect(gdp2023.map((o) => [o.value, o.series]).sort()).toEqual([
      [14800, 'assessment'],
      [15000, 'other'],
      [15700, 'statistics'],
    ]);
    expect(gdp2023.find((o) => o.value === 15000)?.qualifier).toBe('>');
  });

  it('keeps a stated fraction as a fraction', () => {
    const dataset = buildDataset(realTexts(), { lastYear: 2026 });
    const quarter = dataset.observations.find(
      (o) => o.indicator === 'trade_share_national_fraction' && o.qualifier === '≈',
    );
    expect(quarter?.fraction).toEqual([1, 4]);
    expect(quarter?.value).toBe(0.25);
  });

  it('accepts the small fixture', () => {
    expect(buildDataset(miniTexts(), { lastYear: 2026 }).issues).toEqual([]);
  });

  const cases: Array<[string, string, string, RegExp]> = [
    [
      'an unknown indicator id',
      VALUES_ROW.replace('gdp,', 'gpd,'),
      'indicator',
      /unknown indicator id "gpd"/,
    ],
    ['an unknown source id', VALUES_ROW.replace('src_a', 'src_zz'), 'source', /unknown source id "src_zz"/],
    [
      'a unit the indicator is not measured in',
      VALUES_ROW.replace('CNY billion', 'USD billion'),
      'unit',
      /bad unit "USD billion".*"CNY billion"/,
    ],
    ['a unit outside the vocabulary', VALUES_ROW.replace('CNY billion', 'yuan'), 'unit', /unknown unit/],
    ['a non-numeric value', VALUES_ROW.replace('14000', '14万亿'), 'value', /not numeric.*got "14万亿"/],
    [
      'a data year in the future',
      VALUES_ROW.replace('2022', '2031'),
      'year',
      /data year 2031 is out of range 1984–2026/,
    ],
    ['a data year before the first zones', VALUES_ROW.replace('2022', '1979'), 'year', /out of range/],
    ['an unknown period', VALUES_ROW.replace(',FY,', ',Q5,'), 'period', /unknown period/],
    ['an unknown qualifier', VALUES_ROW.replace(',14000,,', ',14000,~,'), 'qualifier', /unknown qualifier/],
  ];

  it.each(cases)('rejects %s with file, line, column and reason', (_label, row, column, reason) => {
    const texts = miniTexts();
    const dataset = buildDataset(
      { ...texts, values: withLine(texts.values, 2, () => row) },
      { lastYear: 2026 },
    );
    expect(dataset.issues).toHaveLength(1);
    const [issue] = dataset.issues;
    expect(issue).toMatchObject({ file: 'values.csv', line: 2, column });
    expect(issue?.reason).toMatch(reason);
    // The bad row is left out, the rest still loads.
    expect(dataset.observations).toHaveLength(3);
  });

  it('rejects a duplicate key and names the first occurrence', () => {
    const texts = miniTexts();
    const dataset = buildDataset(
      { ...texts, values: appendLine(texts.values, VALUES_ROW) },
      { lastYear: 2026 },
    );
    expect(dataset.issues.map(formatIssue)).toEqual([
      'values.csv:6 column "source": duplicate key: indicator, year, period, region and source repeat line 2',
    ]);
  });

  it('rejects a duplicate id in a keyed table', () => {
    const texts = miniTexts();
    const dataset = buildDataset(
      { ...texts, sources: appendLine(texts.sources, 'src_a,X,标题,yes,2020,no,,zh,press,no,,') },
      { lastYear: 2026 },
    );
    expect(dataset.issues.map(formatIssue)).toEqual([
      'sources.csv:4 column "id": duplicate id "src_a" (first on line 2)',
    ]);
  });

  it('reports a header with a missing or an unknown column', () => {
    const texts = miniTexts();
    const dataset = buildDataset(
      { ...texts, zones: texts.zones.replace('name_en_basis', 'name_basis') },
      { lastYear: 2026 },
    );
    expect(dataset.issues.map(formatIssue)).toEqual([
      'zones.csv:1 column "name_en_basis": column is missing from the header',
      'zones.csv:1 column "name_basis": column is not part of this table',
      // Nothing of zones.csv loads, so the statement about Dalian refers to an unknown zone.
      'zone-statements.csv:2 column "zone": unknown zone id "dalian" (not in zones.csv)',
    ]);
  });

  it('checks references from zone tables: province, batch and exit date', () => {
    const texts = miniTexts();
    const zones = appendLine(texts.zones, 'jiuquan,gansu,,no,first,exited,,conventional,src_a,,,');
    const reasons = buildDataset({ ...texts, zones }, { lastYear: 2026 }).issues.map(formatIssue);
    expect(reasons).toEqual([
      'zones.csv:3 column "province": unknown province id "gansu" (not in provinces.csv)',
    ]);
    const zones2 = appendLine(texts.zones, 'jiuquan,liaoning,,no,first,exited,,conventional,src_a,,,');
    expect(buildDataset({ ...texts, zones: zones2 }, { lastYear: 2026 }).issues.map(formatIssue)).toEqual([
      'zones.csv:3 column "exit_date": an exit date goes with status "exited" and only with it',
    ]);
  });

  it('requires a count except for an establishment event', () => {
    const texts = miniTexts();
    const zoneCounts = appendLine(
      texts.zoneCounts,
      ',2013-01,no,,2013-01,stock,,,national,unstated,,src_a,新设,,',
    );
    expect(buildDataset({ ...texts, zoneCounts }, { lastYear: 2026 }).issues.map(formatIssue)).toEqual([
      'zone-counts.csv:6 column "count": a "stock" row needs a count',
    ]);
  });
});

/** Issue 12, break 7: facts that cannot be true are rejected with file, line, column and reason. */
describe('checks that know what is possible', () => {
  const build = (patch: Partial<ReturnType<typeof miniTexts>>) =>
    buildDataset({ ...miniTexts(), ...patch }, { lastYear: 2026 }).issues.map(formatIssue);
  const texts = miniTexts();

  it('rejects a negative zone count (−229), which the Overview would report as a fourth figure', () => {
    const zoneCounts = withLine(texts.zoneCounts, 3, (row) => row.replace(',229,', ',-229,'));
    expect(build({ zoneCounts })).toEqual([
      'zone-counts.csv:3 column "count": a count cannot be negative (got "-229")',
    ]);
  });

  it('rejects a negative province count and a negative number of zones covered', () => {
    const provinceCounts = withLine(texts.provinceCounts, 2, (row) => row.replace(',9,', ',-9,'));
    const values = withLine(texts.values, 2, (row) => row.replace(',217,', ',-217,'));
    expect(build({ provinceCounts, values })).toEqual([
      'values.csv:2 column "zone_basis": a count cannot be negative (got "-217")',
      'province-counts.csv:2 column "count": a count cannot be negative (got "-9")',
    ]);
  });

  it('rejects a negative rank and a rank of 0', () => {
    for (const rank of ['-3', '0'])
      expect(
        build({ rankings: withLine(texts.rankings, 2, (row) => row.replace(',1,', `,${rank},`)) }),
      ).toEqual([`rankings.csv:2 column "rank": a rank starts at 1 (got "${rank}")`]);
  });

  it('rejects a day that is not in the calendar (2025-02-30), in every date column', () => {
    const zones = withLine(texts.zones, 2, (row) => row.replace('1984-09-25', '2025-02-30'));
    const sources = withLine(texts.sources, 3, (row) => row.replace('2025-05', '2023-02-30'));
    const issues = build({ zones, sources });
    expect(issues).toContain('sources.csv:3 column "date": is not a day of the calendar (got "2023-02-30")');
    expect(issues).toContain(
      'zones.csv:2 column "approval_date": is not a day of the calendar (got "2025-02-30")',
    );
    // The bad rows are left out, so what refers to them is reported in turn: nothing is dropped silently.
    expect(issues).toContain(
      'zone-statements.csv:2 column "zone": unknown zone id "dalian" (not in zones.csv)',
    );
    // A leap day is a real day.
    expect(
      build({ zones: withLine(texts.zones, 2, (row) => row.replace('1984-09-25', '2024-02-29')) }),
    ).toEqual([]);
  });

  it('rejects a date after today (2999-01-01), at the precision stated', () => {
    const zoneCounts = withLine(texts.zoneCounts, 5, (row) =>
      row.replace(',2025-03,no,,2025-03,', ',2999-01-01,no,,2999,'),
    );
    expect(build({ zoneCounts })).toEqual([
      'zone-counts.csv:5 column "date": lies in the future: a source cannot state it yet (got "2999-01-01")',
    ]);
    // This year, stated as a year only, has begun: it is not in the future.
    const thisYear = String(new Date().getUTCFullYear());
    expect(
      build({
        zoneCounts: withLine(texts.zoneCounts, 5, (row) => row.replace(',2025-03,no,,', `,${thisYear},no,,`)),
      }),
    ).toEqual([]);
  });

  it('rejects a 400-digit value instead of drawing "CNY ∞"', () => {
    const huge = '9'.repeat(400);
    const values = withLine(texts.values, 2, (row) => row.replace(',14000,', `,${huge},`));
    const [issue, ...rest] = build({ values });
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^values\.csv:2 column "value": has more than 15 digits \(got "9{400}"\)$/);
  });

  it('rejects values outside what their unit can hold, per kind of indicator', () => {
    const share = withLine(texts.values, 5, (row) => row.replace(',10,≈,', ',400,≈,'));
    expect(build({ values: share })).toEqual([
      'values.csv:5 column "value": 400 % is outside the plausible range 0 to 100 for a share figure in %',
    ]);
    const gdp = withLine(texts.values, 2, (row) => row.replace(',14000,', ',-14000,'));
    expect(build({ values: gdp })).toEqual([
      'values.csv:2 column "value": -14000 CNY billion is outside the plausible range 0 to 1000000 for a level figure in CNY billion',
    ]);
  });

  it('lets a growth rate be negative and keeps the real dataset free of issues', () => {
    const indicators = `${texts.indicators}\ngdp_yoy_pct,size,growth,%,gdp,`;
    const values = `${texts.values}\ngdp_yoy_pct,2022,FY,national,-2.7,,%,other,230,,src_b,下降2.7%,,`;
    expect(build({ indicators, values })).toEqual([]);
    expect(buildDataset(realTexts()).issues).toEqual([]);
  });
});
