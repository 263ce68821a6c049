import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { decimalYear } from '../../../src/data/dates';
import { headlinePairs, latestNational, latestZoneCount } from '../../../src/data/selectors/headline';
import { observationsByIndicator, yearsCovered } from '../../../src/data/selectors/observations';
import { buildYearLines, hasFigures } from '../../../src/data/selectors/yearLines';
import { flaggedConflicts } from '../../../src/data/selectors/conflicts';
import { figuresBacked } from '../../../src/data/selectors/sources';
import { groupStatements } from '../../../src/data/selectors/statements';
import type { StatedNumber } from '../../../src/data/model';
import { miniTexts, realTexts } from '../fixtures';

const fig = (value: number, qualifier: StatedNumber['qualifier'] = ''): StatedNumber => ({
  value,
  qualifier,
  fraction: null,
  unit: '%',
});

describe('statements', () => {
  it('groups equal statements and keeps every item', () => {
    const items = [
      { ...fig(1), id: 'a' },
      { ...fig(2), id: 'b' },
      { ...fig(1), id: 'c' },
    ];
    const groups = groupStatements(items);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('keeps a fraction and a percentage of the same value apart: they are stated differently', () => {
    const groups = groupStatements([
      { ...fig(0.1), unit: 'fraction' as const, fraction: [1, 10] as [number, number] },
      { ...fig(0.1) },
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe('buildYearLines', () => {
  const dataset = buildDataset(miniTexts(), { lastYear: 2026 });

  it('gives every year of the range a point and leaves a gap where there is no figure', () => {
    const [line] = buildYearLines(dataset.observations, {
      indicator: 'gdp',
      regions: ['national'],
      from: 2021,
      to: 2024,
    });
    expect(line?.points.map((p) => [p.year, p.observations.map((o) => o.value)])).toEqual([
      [2021, []],
      [2022, [14000, 15000]],
      [2023, []],
      [2024, [16900]],
    ]);
  });

  it('keeps both figures when sources disagree for the same year', () => {
    const [line] = buildYearLines(dataset.observations, {
      indicator: 'gdp',
      regions: ['national'],
      from: 2022,
      to: 2022,
    });
    expect(line?.points[0]?.observations.map((o) => o.source)).toEqual(['src_a', 'src_b']);
  });

  it('returns one empty line per region without data', () => {
    const [east] = buildYearLines(dataset.observations, {
      indicator: 'gdp',
      regions: ['east'],
      from: 2020,
      to: 2024,
    });
    expect(east && hasFigures(east)).toBe(false);
    expect(east?.points).toHaveLength(5);
  });

  it('filters by period kind (full year by default)', () => {
    const real = buildDataset(realTexts(), { lastYear: 2026 });
    const [fy] = buildYearLines(real.observations, {
      indicator: 'trade_total_cny',
      regions: ['national'],
      from: 2024,
      to: 2024,
    });
    const [h1] = buildYearLines(real.observations, {
      indicator: 'trade_total_cny',
      regions: ['national'],
      from: 2024,
      to: 2024,
      periodKinds: ['H1'],
    });
    expect(fy?.points[0]?.observations.map((o) => o.value)).toEqual([10700, 10700]);
    expect(h1?.points[0]?.observations.map((o) => o.value)).toEqual([4700]);
  });
});

describe('headline figures', () => {
  const real = buildDataset(realTexts(), { lastYear: 2026 });

  it('takes the latest full data year nationally and groups its sources', () => {
    const gdp = latestNational(real, 'gdp');
    expect(gdp?.year).toBe(2024);
    expect(gdp?.statements).toHaveLength(1);
    expect(gdp?.statements[0]?.figure.value).toBe(16900);
    expect(gdp?.statements[0]?.items.length).toBeGreaterThanOrEqual(2);
    expect(gdp?.conflict).toBe(false);
  });

  it('pairs each level with its share of the national total, each with its own year', () => {
    const pairs = headlinePairs(real);
    expect(pairs.map((p) => [p.level?.indicator, p.level?.year, p.share?.indicator, p.share?.year])).toEqual([
      ['gdp', 2024, 'gdp_share_national_pct', 2023],
      ['trade_total_cny', 2024, 'trade_share_national_pct', 2024],
      ['fdi_actual_usd', 2024, 'fdi_share_national_pct', 2024],
    ]);
  });

  it('shows that recent zone-count statements disagree instead of picking one', () => {
    const latest = latestZoneCount(buildDataset(miniTexts(), { lastYear: 2026 }));
    expect(latest?.conflict).toBe(true);
    expect(latest?.statements.map((s) => s.figure.value).sort()).toEqual([229, 232, 233]);
    expect(latest?.date).toBe('2025-03');
  });

  it('lists the years an indicator covers', () => {
    expect(yearsCovered(observationsByIndicator(real).get('gdp') ?? [])).toContain(2006);
  });
});

describe('sources', () => {
  const real = buildDataset(realTexts(), { lastYear: 2026 });

  it('finds the documented conflicts (2023 GDP: 15.7 vs 14.8 trillion)', () => {
    const gdp = flaggedConflicts(real).find((c) => c.key === 'gdp|2023|FY|national');
    expect(gdp?.scope === 'values' && gdp.group.statements.map((s) => s.figure.value)).toEqual(
      expect.arrayContaining([15700, 14800]),
    );
  });

  it('counts the figures each source backs', () => {
    expect(figuresBacked(real).get('hunan2023')).toBeGreaterThan(40);
    // Values, zone counts, zones and their statements, province counts and rankings; a batch or an undated claim is no figure.
    const mini = figuresBacked(buildDataset(miniTexts(), { lastYear: 2026 }));
    expect(Object.fromEntries(mini)).toEqual({ src_a: 6, src_b: 6 });
  });

  it('caches derived values per dataset object', () => {
    expect(flaggedConflicts(real)).toBe(flaggedConflicts(real));
  });
});

describe('decimalYear', () => {
  it('places partial dates at the start of what they state', () => {
    expect(decimalYear('2021')).toBe(2021);
    expect(decimalYear('2021-07')).toBeCloseTo(2021.5);
    expect(decimalYear('not a date')).toBeNull();
  });
});
