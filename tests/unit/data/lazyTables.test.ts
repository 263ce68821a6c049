import { buildDataset } from '../../../src/data/build';
import {
  DETAIL_TABLES,
  coverageOf,
  groupsOf,
  packDataset,
  splitPacked,
  unpackCatalogue,
  unpackCoverage,
  unpackDetail,
  unpackGroup,
  type FigureGroup,
} from '../../../src/data/compiled/pack';
import { withLazyParts, type PartReaders } from '../../../src/data/lazyTables';
import type { Dataset } from '../../../src/data/model';
import { THEMES, type Theme } from '../../../src/data/schema/enums';
import {
  consistentDifferences,
  disagreementCount,
  flaggedConflicts,
} from '../../../src/data/selectors/conflicts';
import { offeredIndicators, regionsWithData } from '../../../src/data/selectors/compare/catalog';
import { selectCompareModel } from '../../../src/data/selectors/compare/model';
import { contextAt } from '../../../src/data/selectors/growth/context';
import { headlinePairs } from '../../../src/data/selectors/headline';
import { figuresBacked } from '../../../src/data/selectors/sources';
import { groupOf, sharedValueGroups } from '../../../src/data/selectors/valueGroups';
import { compareParams } from '../../../src/state/params/compare';
import { realTexts } from '../fixtures';

const built = buildDataset(realTexts(), { lastYear: 2026 });
const { core, detail, groups } = splitPacked(
  JSON.parse(JSON.stringify(packDataset(built))) as ReturnType<typeof packDataset>,
  built,
  flaggedConflicts(built).length,
);
const groupOfIndicator = groupsOf(built.indicators);

/** A dataset over the core whose parts arrive when `arrived` says, recording which groups were asked for. */
function lazy(arrived: { detail: boolean; groups: ReadonlySet<Theme> | 'all' }) {
  const unpacked = new Map(THEMES.map((t) => [t, unpackGroup(groups[t])]));
  const asked = new Set<Theme>();
  const pending = Promise.resolve();
  const readers: PartReaders = {
    detail: vi.fn(() => {
      if (!arrived.detail) throw pending;
      return unpackDetail(detail);
    }),
    groups: vi.fn((themes: readonly Theme[]) => {
      for (const t of themes) asked.add(t);
      const has = (t: Theme) => arrived.groups === 'all' || arrived.groups.has(t);
      if (!themes.every(has)) throw pending;
      return themes.map((t) => unpackedOf(unpacked, t));
    }),
  };
  return { dataset: withLazyParts(unpackCatalogue(core), readers), readers, asked };
}
const unpackedOf = (map: Map<Theme, FigureGroup>, t: Theme) => map.get(t) as FigureGroup;

const withoutCoverage = ({ coverage: _, ...rest }: Dataset) => rest;

describe('the dataset over its core with the detail tables read on first use', () => {
  it('reads no detail table for the core, and throws what the reader throws until the tables have arrived', () => {
    const arrived = { detail: false, groups: 'all' as const };
    const { dataset, readers } = lazy(arrived);
    expect(dataset.observations).toHaveLength(built.observations.length);
    expect(dataset.sources.size).toBe(built.sources.size);
    expect(readers.detail).not.toHaveBeenCalled();
    // Never an empty list in place of a missing one: the read throws (a pending load suspends the view).
    expect(() => dataset.zones).toThrow();
    expect(() => dataset.rankings).toThrow();
    arrived.detail = true;
    expect(dataset.zones).toStrictEqual(built.zones);
    expect(dataset.rankings).toStrictEqual(built.rankings);
    const calls = vi.mocked(readers.detail).mock.calls.length;
    for (const name of DETAIL_TABLES) expect(dataset[name]).toStrictEqual(built[name]);
    expect(readers.detail).toHaveBeenCalledTimes(calls);
  });

  it('is, once every part is read, the whole dataset: every table and row once, the index as built', () => {
    const { dataset } = lazy({ detail: true, groups: 'all' });
    expect(withoutCoverage({ ...dataset })).toStrictEqual({ ...built, index: expect.anything() });
    expect(dataset.index.shared).toStrictEqual(built.index.shared);
    expect((dataset.index as typeof built.index & { judged: unknown }).judged).toStrictEqual(
      (built.index as typeof built.index & { judged: unknown }).judged,
    );
    expect(new Map(dataset.index.byIndicator)).toStrictEqual(built.index.byIndicator);
  });
});

describe('the figures read by indicator group', () => {
  it('reads only the group of the indicator asked for, and throws until it has arrived', () => {
    const arrived = new Set<Theme>();
    const { dataset, asked } = lazy({ detail: false, groups: arrived });
    const gdp = groupOfIndicator.get('gdp') as Theme;
    expect(() => dataset.index.byIndicator.get('gdp')).toThrow();
    expect([...asked]).toEqual([gdp]);
    arrived.add(gdp);
    expect(dataset.index.byIndicator.get('gdp')).toStrictEqual(built.index.byIndicator.get('gdp'));
    expect(dataset.index.byIndicator.get('no_such_indicator')).toBeUndefined();
    expect([...asked]).toEqual([gdp]);
    // Every figure, or the shared lists that point into them, is every group: never the loaded ones alone.
    expect(() => dataset.observations).toThrow();
    expect(() => dataset.index.shared).toThrow();
    expect(() => dataset.index.byIndicator.size).toThrow();
    expect([...asked].sort()).toEqual([...THEMES].sort());
  });

  it("gives Overview, Zone growth's year card and Compare the results the whole dataset gives, from their groups alone", () => {
    const headlineGroups = new Set(
      ['gdp', 'gdp_share_national_pct', 'trade_total_cny', 'trade_share_national_pct', 'fdi_actual_usd']
        .concat('fdi_share_national_pct')
        .map((id) => groupOfIndicator.get(id) as Theme),
    );
    const overview = lazy({ detail: false, groups: headlineGroups });
    expect(headlinePairs(overview.dataset)).toStrictEqual(headlinePairs(built));
    for (const year of [2010, 2019, 2023])
      expect(contextAt(overview.dataset, year)).toStrictEqual(contextAt(built, year));
    expect([...overview.asked].every((t) => headlineGroups.has(t))).toBe(true);

    const ind = ['gdp', 'trade_total_usd', 'zone_count', 'fdi_share_national_pct'];
    const compareGroups = new Set(ind.map((id) => groupOfIndicator.get(id) as Theme));
    const compare = lazy({ detail: false, groups: compareGroups });
    const query = { ...compareParams.defaults, ind, reg: ['national' as const, 'east' as const] };
    expect(selectCompareModel(compare.dataset, query)).toStrictEqual(selectCompareModel(built, query));
    // The picker lists every indicator and region with figures from the core's coverage summary.
    expect(offeredIndicators(compare.dataset)).toStrictEqual(offeredIndicators(built));
    expect(regionsWithData(compare.dataset)).toStrictEqual(regionsWithData(built));
    expect([...compare.asked].every((t) => compareGroups.has(t))).toBe(true);
    expect(compare.asked.size).toBeLessThan(THEMES.length);
  });

  it("judges each shared list by the build's verdict, read from its own group", () => {
    const { dataset } = lazy({ detail: true, groups: 'all' });
    const { judged } = built.index as typeof built.index & { judged: unknown[] };
    expect(built.index.shared.length).toBeGreaterThan(0);
    const verdictOf = vi.spyOn(
      dataset.index as unknown as { verdictOf: (o: unknown) => unknown },
      'verdictOf',
    );
    built.index.shared.forEach((positions, i) => {
      const first = dataset.observations[positions[0] as number];
      expect(first && groupOf(dataset, first)?.assessment).toStrictEqual(judged[i]);
    });
    expect(verdictOf).toHaveBeenCalled();
    expect(sharedValueGroups(dataset).map((g) => g.assessment)).toStrictEqual(judged);
  });

  it('gives Sources every figure: its conflicts, quiet marks and counts as the whole dataset', () => {
    const { dataset } = lazy({ detail: true, groups: 'all' });
    expect(flaggedConflicts(dataset)).toStrictEqual(flaggedConflicts(built));
    expect(consistentDifferences(dataset)).toStrictEqual(consistentDifferences(built));
    expect(figuresBacked(dataset)).toStrictEqual(figuresBacked(built));
  });
});

describe("the core's coverage summary", () => {
  it('equals what the selectors compute from every figure', () => {
    const coverage = unpackCoverage(
      JSON.parse(JSON.stringify(coverageOf(built, flaggedConflicts(built).length))) as ReturnType<
        typeof coverageOf
      >,
    );
    const summarised = { ...built, coverage };
    expect(offeredIndicators(summarised)).toStrictEqual(offeredIndicators(built));
    expect(regionsWithData(summarised)).toStrictEqual(regionsWithData(built));
    expect(coverage.indicators.get('gdp')?.figures).toBe(built.index.byIndicator.get('gdp')?.length);
  });

  it('counts the disagreements Sources lists, read with no figure group or detail table yet', () => {
    const { dataset, readers, asked } = lazy({ detail: false, groups: new Set() });
    expect(flaggedConflicts(built).length).toBeGreaterThan(0);
    expect(disagreementCount(dataset)).toBe(flaggedConflicts(built).length);
    expect(asked.size).toBe(0);
    expect(readers.detail).not.toHaveBeenCalled();
    // A dataset without the build's summary counts them from its figures.
    expect(disagreementCount(built)).toBe(flaggedConflicts(built).length);
  });
});
