import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import type { Observation, StatedNumber } from '../../../src/data/model';
import { consistentDifferences, flaggedConflicts } from '../../../src/data/selectors/conflicts';
import { assessFigures, relate, relateDates, type Relation } from '../../../src/data/selectors/disagreement';
import { groupOf } from '../../../src/data/selectors/valueGroups';
import { realTexts } from '../fixtures';

const fig = (cell: string, qualifier: StatedNumber['qualifier'] = '', unit: StatedNumber['unit'] = '%') => {
  const fraction = /^(\d+)\/(\d+)$/.exec(cell);
  return fraction
    ? {
        value: Number(fraction[1]) / Number(fraction[2]),
        fraction: [Number(fraction[1]), Number(fraction[2])] as [number, number],
        qualifier,
        unit: 'fraction' as const,
        decimals: 0,
      }
    : { value: Number(cell), fraction: null, qualifier, unit, decimals: cell.split('.')[1]?.length ?? 0 };
};

describe('the one rule, on figures', () => {
  it('rounding: consistent when one true value can round to both, ends included', () => {
    expect(relate(fig('16.08'), fig('16.1'))).toBe('rounded');
    expect(relate(fig('23.35'), fig('23.34'))).toBe('rounded');
    expect(relate(fig('23.35'), fig('23.3'))).toBe('rounded');
    // Two units apart in the last place is not rounding.
    expect(relate(fig('283.096', '', 'USD billion'), fig('283.094', '', 'USD billion'))).toBe('conflict');
    expect(relate(fig('23.35'), fig('23.2'))).toBe('conflict');
    // Whole numbers are exact to the unit: trailing zeros are never read as rounding.
    expect(relate(fig('10100', '', 'CNY billion'), fig('10200', '', 'CNY billion'))).toBe('conflict');
    expect(relate(fig('15000', '', 'CNY billion'), fig('14000', '', 'CNY billion'))).toBe('conflict');
  });

  it('counts of things are exact: 229 and 230 zones disagree', () => {
    expect(relate(fig('229', '', 'count'), fig('230', '', 'count'))).toBe('conflict');
    expect(relate(fig('230', '', 'count'), fig('230', '', 'count'))).toBe('same');
  });

  it('bounds: a bound and a figure that meets it are consistent, "over N" included with exactly N', () => {
    expect(relate(fig('85000', '>', 'count'), fig('85000', '', 'count'))).toBe('bound');
    expect(relate(fig('15000', '>', 'CNY billion'), fig('15700', '', 'CNY billion'))).toBe('bound');
    expect(relate(fig('15000', '>', 'CNY billion'), fig('14800', '', 'CNY billion'))).toBe('conflict');
    expect(relate(fig('4', '<'), fig('4.2'))).toBe('conflict');
    expect(relate(fig('4', '<'), fig('3.9'))).toBe('bound');
    expect(relate(fig('20', '>'), fig('30', '>'))).toBe('bound');
    expect(relate(fig('20', '>'), fig('30', '<'))).toBe('bound');
    expect(relate(fig('30', '>'), fig('20', '<'))).toBe('conflict');
  });

  it('a percentage and a stated fraction of the same share are compared', () => {
    expect(relate(fig('1/10'), fig('10'))).toBe('rounded');
    expect(relate(fig('1/5'), fig('25'))).toBe('conflict');
    expect(relate(fig('1/5'), fig('24'))).toBe('conflict');
    expect(relate(fig('1/5'), fig('20.4'))).toBe('conflict');
  });

  it('approximate figures are never a conflict with the figures they approximate', () => {
    expect(relate(fig('1/4', '≈'), fig('25'))).toBe('approx');
    expect(relate(fig('1/4', '≈'), fig('1/5'))).toBe('approx');
    expect(relate(fig('20', '≈'), fig('24'))).toBe('approx');
    expect(relate({ ...fig('229', '', 'count'), approxDate: true }, fig('232', '', 'count'))).toBe('approx');
  });

  it('a group is in conflict when any pair is; consistent pairs become quiet marks', () => {
    expect(assessFigures([fig('20', '>'), fig('23'), fig('22.4')])).toEqual({
      conflict: true,
      marks: ['bound'],
    });
    expect(assessFigures([fig('23.35'), fig('23.34'), fig('23.3')])).toEqual({
      conflict: false,
      marks: ['rounded'],
    });
    expect(assessFigures([fig('1/4', '≈'), fig('1/10'), fig('10')])).toEqual({
      conflict: false,
      marks: ['rounded', 'approx'],
    });
  });

  it('dates of one event agree at the precision both state', () => {
    const d = (date: string, approx = false) => ({ date, approx });
    expect(relateDates(d('1986-08-29'), d('1986-08'))).toBe('rounded');
    expect(relateDates(d('2009-07-24'), d('2009-12'))).toBe('conflict');
    expect(relateDates(d('2010-12'), d('2011-04', true))).toBe('approx');
    expect(relateDates(d('2021-01-27'), d('2021-01-27'))).toBe('same');
  });
});

describe('the one rule, on every real pair the plan lists', () => {
  const real = buildDataset(realTexts());
  const find = (indicator: string, year: number, source: string): Observation => {
    const o = real.observations.find(
      (x) =>
        x.indicator === indicator &&
        x.year === year &&
        x.source === source &&
        x.region === 'national' &&
        x.periodCode === 'FY',
    );
    if (!o) throw new Error(`no ${indicator} ${year} from ${source}`);
    return o;
  };
  const pairs: Array<[string, [string, number, string], [string, number, string], Relation]> = [
    // Rounding (consistent)
    [
      'FDI share 2006: 23.35 vs 23.34',
      ['fdi_share_national_pct', 2006, 'r2006'],
      ['fdi_share_national_pct', 2006, 'p2006'],
      'rounded',
    ],
    [
      'FDI share 2006: 23.35 vs 23.3',
      ['fdi_share_national_pct', 2006, 'r2006'],
      ['fdi_share_national_pct', 2006, 'yn2006'],
      'rounded',
    ],
    [
      'FDI share 2006: 23.34 vs 23.3',
      ['fdi_share_national_pct', 2006, 'p2006'],
      ['fdi_share_national_pct', 2006, 'yn2006'],
      'rounded',
    ],
    [
      'GDP share 2006: 4.84 vs 4.8',
      ['gdp_share_national_pct', 2006, 'r2006'],
      ['gdp_share_national_pct', 2006, 'yn2006'],
      'rounded',
    ],
    [
      'tax share 2006: 4.17 vs 4.2',
      ['tax_revenue_share_national_pct', 2006, 'r2006'],
      ['tax_revenue_share_national_pct', 2006, 'yn2006'],
      'rounded',
    ],
    [
      'trade share 2006: 16.08 vs 16.1',
      ['trade_share_national_pct', 2006, 'r2006'],
      ['trade_share_national_pct', 2006, 'yn2006'],
      'rounded',
    ],
    [
      'trade USD 2006: 283.096 vs 283.094 (a discrepancy, not a rounding)',
      ['trade_total_usd', 2006, 'r2006'],
      ['trade_total_usd', 2006, 'p2006'],
      'conflict',
    ],
    // Bounds (consistent)
    ['GDP 2004: over 660 vs 660.144', ['gdp', 2004, 'de2004'], ['gdp', 2004, 'fy2004'], 'bound'],
    [
      'FDI share 2022: over 20 vs 23',
      ['fdi_share_national_pct', 2022, 'x2023jun'],
      ['fdi_share_national_pct', 2022, 'cn2023assess'],
      'bound',
    ],
    [
      'FDI share 2022: over 20 vs 22.4',
      ['fdi_share_national_pct', 2022, 'x2023jun'],
      ['fdi_share_national_pct', 2022, 'vzkoo2024'],
      'bound',
    ],
    [
      'FDI share 2022: 23 vs 22.4',
      ['fdi_share_national_pct', 2022, 'cn2023assess'],
      ['fdi_share_national_pct', 2022, 'vzkoo2024'],
      'conflict',
    ],
    [
      'trade share 2022: over 20 vs 25',
      ['trade_share_national_pct', 2022, 'x2023jun'],
      ['trade_share_national_pct', 2022, 'cn2023assess'],
      'bound',
    ],
    [
      'trade share 2022: over 20 vs 23.9',
      ['trade_share_national_pct', 2022, 'x2023jun'],
      ['trade_share_national_pct', 2022, 'vzkoo2024'],
      'bound',
    ],
    [
      'trade share 2022: 25 vs 23.9',
      ['trade_share_national_pct', 2022, 'cn2023assess'],
      ['trade_share_national_pct', 2022, 'vzkoo2024'],
      'conflict',
    ],
    [
      'high-tech enterprises 2020: 41,000 vs over 30,000',
      ['high_tech_enterprises', 2020, 'a2021'],
      ['high_tech_enterprises', 2020, 'ct2021'],
      'bound',
    ],
    ['GDP 2023: 15,700 vs over 15,000', ['gdp', 2023, 'hunan2023'], ['gdp', 2023, 'calyptus2024'], 'bound'],
    ['GDP 2023: 14,800 vs over 15,000', ['gdp', 2023, 'a2024'], ['gdp', 2023, 'calyptus2024'], 'conflict'],
    ['GDP 2023: 15,700 vs 14,800', ['gdp', 2023, 'hunan2023'], ['gdp', 2023, 'a2024'], 'conflict'],
    [
      'trade 2023: 10,100 vs over 10,000',
      ['trade_total_cny', 2023, 'hunan2023'],
      ['trade_total_cny', 2023, 'calyptus2024'],
      'bound',
    ],
    [
      'trade 2023: 10,200 vs over 10,000',
      ['trade_total_cny', 2023, 'a2024'],
      ['trade_total_cny', 2023, 'calyptus2024'],
      'bound',
    ],
    [
      'trade 2023: 10,100 vs 10,200',
      ['trade_total_cny', 2023, 'hunan2023'],
      ['trade_total_cny', 2023, 'a2024'],
      'conflict',
    ],
    [
      'high-tech share 2024: 18.3 vs over 18',
      ['high_tech_enterprises_share_national_pct', 2024, 'fzrb2025'],
      ['high_tech_enterprises_share_national_pct', 2024, 'srm2025'],
      'bound',
    ],
    [
      'high-tech enterprises 2024: 85,000 vs over 85,000',
      ['high_tech_enterprises', 2024, 'fzrb2025'],
      ['high_tech_enterprises', 2024, 'srm2025'],
      'bound',
    ],
    // Percent vs stated fraction
    [
      'GDP share 2023: 1/10 vs 10 %',
      ['gdp_share_national_fraction', 2023, 'calyptus2024'],
      ['gdp_share_national_pct', 2023, 'cnfocus2024'],
      'rounded',
    ],
    [
      'trade share 2023: 1/5 vs 25 %',
      ['trade_share_national_fraction', 2023, 'calyptus2024'],
      ['trade_share_national_pct', 2023, 'a2024'],
      'conflict',
    ],
    [
      'FDI share 2023: 1/5 vs 24 %',
      ['fdi_share_national_fraction', 2023, 'calyptus2024'],
      ['fdi_share_national_pct', 2023, 'a2024'],
      'conflict',
    ],
    [
      'FDI share 2023: about 1/4 vs 24 %',
      ['fdi_share_national_fraction', 2023, 'cnfocus2024'],
      ['fdi_share_national_pct', 2023, 'a2024'],
      'approx',
    ],
    [
      'trade share 2023: about 1/4 vs 25 %',
      ['trade_share_national_fraction', 2023, 'cnfocus2024'],
      ['trade_share_national_pct', 2023, 'a2024'],
      'approx',
    ],
    [
      'trade share 2023: about 1/4 vs 1/5',
      ['trade_share_national_fraction', 2023, 'cnfocus2024'],
      ['trade_share_national_fraction', 2023, 'calyptus2024'],
      'approx',
    ],
    // Conflicts left after the rule
    [
      'GDP growth 2023: 6.4 vs 5.6',
      ['gdp_yoy_pct', 2023, 'hunan2023'],
      ['gdp_yoy_pct', 2023, 'a2024'],
      'conflict',
    ],
    [
      'FDI 2023: 39.5 vs 39.2',
      ['fdi_actual_usd', 2023, 'hunan2023'],
      ['fdi_actual_usd', 2023, 'a2024'],
      'conflict',
    ],
    ['GDP 2022: 15,000 vs 14,000', ['gdp', 2022, 'x2023jun'], ['gdp', 2022, 'cn2023assess'], 'conflict'],
    [
      'FDI 2022: 43.2 vs 42.3',
      ['fdi_actual_usd', 2022, 'cn2023assess'],
      ['fdi_actual_usd', 2022, 'vzkoo2024'],
      'conflict',
    ],
    [
      'FDI growth 2022: 11.5 vs 9.2',
      ['fdi_actual_yoy_pct', 2022, 'shine2023'],
      ['fdi_actual_yoy_pct', 2022, 'vzkoo2024'],
      'conflict',
    ],
    [
      'trade 2022: 10,300 vs 10,000',
      ['trade_total_cny', 2022, 'cn2023assess'],
      ['trade_total_cny', 2022, 'vzkoo2024'],
      'conflict',
    ],
    [
      'trade growth 2022: 15 vs 11.1',
      ['trade_total_yoy_pct', 2022, 'shine2023'],
      ['trade_total_yoy_pct', 2022, 'vzkoo2024'],
      'conflict',
    ],
    ['GDP 2017: 8,900 vs 9,100', ['gdp', 2017, 'a2018'], ['gdp', 2017, 'y2017'], 'conflict'],
  ];

  it.each(pairs)('%s', (_label, a, b, expected) => {
    const [x, y] = [find(...a), find(...b)];
    expect(relate(x, y)).toBe(expected);
    expect(relate(y, x)).toBe(expected);
    // Both figures are judged in one group: the share in per cent and as a fraction are one quantity.
    expect(groupOf(real, x)).toBe(groupOf(real, y));
    if (expected === 'conflict') expect(groupOf(real, x)?.assessment.conflict).toBe(true);
  });

  it('never compares across regions: the same year and indicator in the east and nationally are two groups', () => {
    const east = real.observations.find(
      (o) => o.indicator === 'gdp' && o.year === 2023 && o.region === 'east',
    );
    const national = find('gdp', 2023, 'hunan2023');
    expect(east && groupOf(real, east)).not.toBe(groupOf(real, national));
  });

  it('compares across publication series within one group (statistics release against assessment)', () => {
    const g = groupOf(real, find('gdp', 2023, 'hunan2023'));
    expect(new Set(g?.statements.flatMap((s) => s.items.map((o) => o.series)))).toEqual(
      new Set(['statistics', 'assessment', 'other']),
    );
    expect(g?.assessment).toEqual({ conflict: true, marks: ['bound'] });
  });

  it('flags each disagreement once across figures, zone counts and zone dates', () => {
    expect(
      flaggedConflicts(real)
        .map((f) => `${f.scope}|${f.key}`)
        .sort(),
    ).toEqual(
      [
        'values|fdi_actual_usd|2022|FY|national',
        'values|fdi_actual_usd|2023|FY|national',
        'values|fdi_actual_yoy_pct|2022|FY|national',
        'values|fdi_share_national_pct|2022|FY|national',
        'values|fdi_share_national_pct|2023|FY|national',
        'values|gdp|2017|FY|national',
        'values|gdp|2022|FY|national',
        'values|gdp|2023|FY|national',
        'values|gdp_yoy_pct|2023|FY|national',
        'values|trade_share_national_pct|2022|FY|national',
        'values|trade_share_national_pct|2023|FY|national',
        'values|trade_total_cny|2022|FY|national',
        'values|trade_total_cny|2023|FY|national',
        'values|trade_total_usd|2006|FY|national',
        'values|trade_total_yoy_pct|2022|FY|national',
        'zone-counts|batch|first',
        'zone-counts|batch|spring_2010',
        'zone-counts|stock|2004',
        'zone-counts|stock|2006',
        'zone-counts|stock|2021',
        'zone-counts|stock|2023',
        'zone-counts|stock|2024',
        'zone-counts|stock|2025',
        'zones|yangzhou|approval',
      ].sort(),
    );
  });

  it('keeps what only differs by rounding, a bound or approximation out of the conflicts, with its mark', () => {
    const quiet = new Map(
      consistentDifferences(real).map((f) => [`${f.scope}|${f.key}`, f.group.assessment.marks]),
    );
    expect(quiet.get('values|high_tech_enterprises|2020|FY|national')).toEqual(['bound']);
    expect(quiet.get('values|high_tech_enterprises|2024|FY|national')).toEqual(['bound']);
    expect(quiet.get('values|fdi_share_national_pct|2006|FY|national')).toEqual(['rounded']);
    expect(quiet.get('values|gdp_share_national_pct|2023|FY|national')).toEqual(['rounded']);
    expect(quiet.get('zone-counts|stock|2014')).toEqual(['bound']);
    expect(quiet.get('zones|minhang|approval')).toEqual(['rounded']);
  });
});
