import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { explanationOf } from '../../../src/data/selectors/conflicts';
import { assessmentRanks, rankingGroups, ranksOf } from '../../../src/data/selectors/rankings/lists';
import { zoneProfile } from '../../../src/data/selectors/zones/profile';
import { zoneFactGroups } from '../../../src/data/selectors/zones/statements';
import { realTexts } from '../fixtures';

const dataset = buildDataset(realTexts());

describe('a zone page', () => {
  it('holds every statement about the zone: the row’s own first, then the others, with their sources', () => {
    const p = zoneProfile(dataset, 'yangzhou');
    expect(p?.facts.map((f) => [f.kind, f.date, f.source, f.primary])).toEqual([
      ['approval', '2009-07-24', 'yangzhou_bk', true],
      ['approval', '2009-12', 'z3_2015', false],
    ]);
    // Its own approval statement carries the source's words from the round-2 research.
    expect(p?.facts[0]?.quote).toMatch(/^2009年7月24日/);
  });

  it('flags two approval dates that disagree, explained; agreeing ones get a quiet mark', () => {
    const [yangzhou] = zoneFactGroups(dataset).filter((g) => g.zone === 'yangzhou');
    expect(yangzhou?.assessment).toEqual({ conflict: true, marks: [] });
    expect(explanationOf(dataset, 'zones', 'yangzhou|approval')?.explain).toEqual(['low-quality-source']);
    const [minhang] = zoneFactGroups(dataset).filter((g) => g.zone === 'minhang');
    expect(minhang?.assessment).toEqual({ conflict: false, marks: ['rounded'] });
    // "Recently" in a report of April 2011 is approximate: never a conflict with December 2010.
    const [linyi] = zoneFactGroups(dataset).filter((g) => g.zone === 'linyi');
    expect(linyi?.assessment).toEqual({ conflict: false, marks: ['approx'] });
  });

  it('keeps exits stated by several sources, and a zone’s establishment apart from its approval', () => {
    expect(
      zoneProfile(dataset, 'shizuishan')
        ?.facts.filter((f) => f.kind === 'exit')
        .map((f) => f.source),
    ).toEqual(['a2020b', 'sx2021', 'ah2021']);
    const caohejing = zoneProfile(dataset, 'shanghai-caohejing-hi-tech-park');
    expect(caohejing?.facts.map((f) => `${f.kind} ${f.date}`)).toEqual([
      'approval 1988-06-07',
      'approval 1988-06',
      'establishment 1988-07-23',
    ]);
  });

  it('charts every rank a zone holds, one series per list, a gap where a year has none', () => {
    const p = zoneProfile(dataset, 'suzhou-industrial-park');
    expect(p?.rankYears).toEqual([2010, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const overall = p?.rankSeries.find((s) => s.ranking === 'comprehensive');
    // 2022 and 2024: the sources give other provinces' zones only, so Suzhou's rank is a gap, not a guess.
    expect(overall?.points.map((x) => x.rank)).toEqual([null, 1, 1, 1, 1, null, 1, null]);
    const evaluation = p?.rankSeries.find((s) => s.ranking === 'investment_environment_overall');
    expect(evaluation?.points.map((x) => x.rank)).toEqual([2, null, null, null, null, null, null, null]);
    expect(p?.ranks.length).toBe(12);
  });

  it('lists the counts that name the zone and its province’s stated counts, and every source once', () => {
    const p = zoneProfile(dataset, 'jinchang');
    expect(p?.counts.map((c) => [c.kind, c.count, c.source])).toEqual([['batch', 13, 'jc2010']]);
    expect(p?.provinceCounts.map((c) => [c.as_of, c.count])).toEqual([
      ['2010-04-02', 2],
      ['2018-03', 5],
    ]);
    expect(new Set(p?.sources).size).toBe(p?.sources.length);
    expect(p?.sources).toContain('gs2018');
  });

  it('gives no page to a zone the dataset does not list', () => {
    expect(zoneProfile(dataset, 'atlantis')).toBeNull();
  });
});

describe('rankings', () => {
  it('has one entry per assessment with ranks, newest first, each with its data year', () => {
    const all = assessmentRanks(dataset);
    expect(all.map((a) => [a.assessment.year, a.assessment.data_year])).toEqual([
      [2024, 2023],
      [2023, 2022],
      [2022, 2021],
      [2021, 2020],
      [2020, 2019],
      [2019, 2018],
      [2018, 2017],
      [2010, 2010],
    ]);
  });

  it('keeps the 2010 evaluation apart as an older method, its lists in reading order', () => {
    const y2010 = assessmentRanks(dataset).find((a) => a.assessment.year === 2010);
    expect(y2010?.assessment.method).toBe('investment-environment');
    expect(y2010?.lists.map((l) => [l.ranking, l.rows.length])).toEqual([
      ['investment_environment_overall', 20],
      ['investment_environment_central', 10],
      ['investment_environment_west', 10],
      ['investment_environment_newly_upgraded', 10],
    ]);
    expect(
      assessmentRanks(dataset).filter((a) => a.assessment.method === 'investment-environment'),
    ).toHaveLength(1);
  });

  it('merges the partial top-30 and the full comprehensive ranks into one list, by rank', () => {
    const y2022 = assessmentRanks(dataset).find((a) => a.assessment.year === 2022);
    const overall = y2022?.lists.find((l) => l.ranking === 'comprehensive');
    expect(overall?.rows.map((r) => [r.rank, r.zone, r.rank_region, r.region_rank])).toEqual([
      [9, 'hangzhou', 'east', 8],
      [22, 'dongqiao', 'east', 20],
      [67, 'longyan', '', null],
      [89, 'xiamen-haicang-taiwanese-investment-zone', '', null],
      [94, 'qinzhou-port', 'west', 13],
      [152, 'guangxi-asean', '', null],
    ]);
  });

  it('lists a zone’s ranks oldest first, and finds no two zones given one place today', () => {
    expect(ranksOf(dataset, 'hangzhou').map((r) => r.assessment_year)[0]).toBe(2010);
    expect(rankingGroups(dataset).filter((g) => g.assessment.conflict)).toEqual([]);
  });
});
