import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConflicts } from '../../../scripts/data-check/conflicts';
import { checkCoverage, RAW_FILES, rawRefs } from '../../../scripts/data-check/coverage';
import { checkLabels } from '../../../scripts/data-check/labels';
import { checkSeries } from '../../../scripts/data-check/series';
import { buildDataset } from '../../../src/data/build';
import { appendLine, CSV_DIR, miniTexts, realTexts, withLine } from '../fixtures';
import { runScript } from './run';

describe('coverage of the research material', () => {
  const raw = { 'a.csv': 'x,y\n1,2\n3,4\n5,6\n' };

  it('passes when every research row is imported or excluded, once', () => {
    const refs = [
      { file: 'values.csv', line: 2, raw: 'a.csv:2' },
      { file: 'values.csv', line: 3, raw: 'a.csv:3' },
      { file: 'exclusions.csv', line: 2, raw: 'a.csv:4' },
    ];
    expect(checkCoverage(raw, refs)).toEqual([]);
  });

  it('names a research row that was silently dropped', () => {
    const issues = checkCoverage(raw, [
      { file: 'values.csv', line: 2, raw: 'a.csv:2' },
      { file: 'values.csv', line: 3, raw: 'a.csv:3' },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'src/data/raw/a.csv',
        line: 4,
        reason: expect.stringMatching(/neither imported.*nor listed in exclusions/),
      }),
    ]);
  });

  it('names a row imported twice and a reference to nothing', () => {
    const issues = checkCoverage(raw, [
      { file: 'values.csv', line: 2, raw: 'a.csv:2' },
      { file: 'values.csv', line: 3, raw: 'a.csv:2' },
      { file: 'values.csv', line: 4, raw: 'a.csv:9' },
      { file: 'values.csv', line: 5, raw: 'a.csv:3;a.csv:4' },
    ]);
    expect(issues.map((i) => i.reason)).toEqual([
      'a.csv:2 is already accounted for at values.csv:2',
      'refers to a.csv:9, which is not a row of the research snapshot',
    ]);
  });

  it('holds for the bundled dataset', () => {
    const texts = realTexts();
    const rawDir = join(CSV_DIR, '../raw');
    const rawTexts = Object.fromEntries(RAW_FILES.map((f) => [f, readFileSync(join(rawDir, f), 'utf8')]));
    const refs = Object.entries(texts).flatMap(([name, text]) => rawRefs(name, text));
    expect(checkCoverage(rawTexts, refs)).toEqual([]);
  });
});

describe('labels for data ids', () => {
  it('reports an indicator without a name and a name without an indicator', () => {
    const dataset = buildDataset(miniTexts(), { lastYear: 2026 });
    const issues = checkLabels(dataset, 'en', {
      indicators: { gdp: {}, gdp_share_national_pct: {}, old_id: {} },
      zones: { name: { dalian: 'Dalian' }, batch: { first: 'First' }, ranking: { comprehensive: 'Overall' } },
      regions: { province: { liaoning: 'Liaoning' } },
      notes: { explain: { 'different-series': 'x', unknown: 'y' } },
    });
    expect(issues.map((i) => i.reason)).toEqual([
      'indicator "zone_count" has no label in en',
      'label for unknown indicator "old_id"',
    ]);
  });
});

describe('note columns', () => {
  const labels = {
    indicators: { gdp: {}, gdp_share_national_pct: {}, zone_count: {} },
    zones: { name: { dalian: 'Dalian' }, batch: { first: 'First' }, ranking: { comprehensive: 'Overall' } },
    regions: { province: { liaoning: 'Liaoning' } },
  };
  const explain = { 'different-series': 'Different series', unknown: 'Not known' };

  it('reports free text in the zone, ranking and province-count note columns as keys without a text', () => {
    const texts = miniTexts();
    const dataset = buildDataset(
      {
        ...texts,
        zones: withLine(texts.zones, 2, (row) => row.replace(/,src_a,,,$/, ',src_a,,first national zone,')),
        rankings: withLine(texts.rankings, 2, (row) => row.replace(/,src_a,,$/, ',src_a,short-names,')),
        provinceCounts: withLine(texts.provinceCounts, 2, (row) => row.replace(',9,,', ',9,excl-bingtuan,')),
      },
      { lastYear: 2026 },
    );
    const issues = checkLabels(dataset, 'en', {
      ...labels,
      notes: { explain, ranking: { 'short-names': 'Short names' }, provinceCount: { stale: 'x' } },
    });
    expect(issues.map((i) => i.reason)).toEqual([
      'note zone "first" has no label in en',
      'note zone "national" has no label in en',
      'note zone "zone" has no label in en',
      'note provinceCount "excl-bingtuan" has no label in en',
      'label for unknown note provinceCount "stale"',
    ]);
  });

  it('rejects free text that is not even written as keys, naming file, line and column', () => {
    const texts = miniTexts();
    const dataset = buildDataset(
      {
        ...texts,
        zones: withLine(texts.zones, 2, (row) => row.replace(/,src_a,,,$/, ',src_a,,First national ETDZ.,')),
      },
      { lastYear: 2026 },
    );
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        file: 'zones.csv',
        line: 2,
        column: 'note',
        reason: expect.stringMatching(/^must be note keys separated by spaces/),
      }),
      // The zone is left out, so the statement about it is reported too: nothing disappears unsaid.
      expect.objectContaining({ file: 'zone-statements.csv', column: 'zone' }),
    ]);
  });
});

describe('why sources disagree (conflicts.csv)', () => {
  const texts = miniTexts();

  it('passes when every flagged disagreement has a row with explanation keys or "unknown"', () => {
    expect(checkConflicts(buildDataset(texts, { lastYear: 2026 }))).toEqual([]);
  });

  it('fails on a disagreement without a row', () => {
    const conflicts = texts.conflicts.split('\n').slice(0, 2).join('\n');
    const issues = checkConflicts(buildDataset({ ...texts, conflicts }, { lastYear: 2026 }));
    expect(issues.map((i) => i.reason)).toEqual([
      'sources disagree on zone-counts "stock|2024" but no row says why: add one with explanation keys or "unknown"',
    ]);
  });

  it('fails on a row without an explanation key or an explicit "unknown"', () => {
    const conflicts = withLine(texts.conflicts, 3, () => 'zone-counts,stock|2024,,');
    const dataset = buildDataset({ ...texts, conflicts }, { lastYear: 2026 });
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        file: 'conflicts.csv',
        line: 3,
        column: 'explain',
        reason: 'needs an explanation key, or "unknown"',
      }),
    ]);
    expect(checkConflicts(dataset)).toHaveLength(1);
  });

  it('fails on a row for figures the rule does not flag (they agree after rounding)', () => {
    const conflicts = `${texts.conflicts}\nvalues,gdp_share_national_pct|2023|FY|national,unknown,`;
    const issues = checkConflicts(buildDataset({ ...texts, conflicts }, { lastYear: 2026 }));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'key',
        reason: expect.stringMatching(
          /^values "gdp_share_national_pct\|2023\|FY\|national" is not a disagreement/,
        ),
      }),
    ]);
  });

  it('holds for the bundled dataset: all 24 disagreements are explained or marked unknown', () => {
    const real = buildDataset(realTexts());
    expect(checkConflicts(real)).toEqual([]);
    expect(real.explanations.size).toBe(24);
  });
});

describe('titles as published', () => {
  const texts = miniTexts();
  const source = (row: string) =>
    buildDataset({ ...texts, sources: appendLine(texts.sources, row) }, { lastYear: 2026 });

  it("fails on a title marked as published that is not in the source's language", () => {
    // An English summary carrying the Chinese title of the article it summarises.
    const dataset = source(
      'src_c,reportify.ai,在对外开放等四个方面实施十六项政策举措,yes,2025-05-27,no,,en,low,no,,',
    );
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        file: 'sources.csv',
        line: 4,
        column: 'title_is_published',
        reason: expect.stringMatching(
          /not written in the source's language "en" \(needs Latin letters and no Han/,
        ),
      }),
    ]);
  });

  it('checks Chinese, Japanese and Korean by their scripts', () => {
    expect(source('src_c,X,Report on zones,yes,2025,no,,zh,low,no,,').issues).toHaveLength(1);
    expect(source('src_c,X,国家経済技術開発区,yes,2025,no,,ja,low,no,,').issues).toEqual([]);
    expect(source('src_c,X,中国 국가급 경제기술개발구,yes,2025,no,,ko,low,no,,').issues).toEqual([]);
    expect(source('src_c,X,国家级,yes,2025,no,,ko,low,no,,').issues).toHaveLength(1);
  });

  it('accepts any title that is marked as a description, and the bundled sources', () => {
    expect(source('src_c,reportify.ai,在对外开放等四个方面,no,2025-05-27,no,,en,low,no,,').issues).toEqual(
      [],
    );
    const real = buildDataset(realTexts());
    expect(real.sources.get('reportify2025')?.title_is_published).toBe(false);
    expect(real.sources.get('seed001')?.title).toBe('习近平对国家级经济技术开发区工作作出重要指示');
    expect(real.sources.get('seed001')?.title_is_published).toBe(true);
  });
});

describe('series labels', () => {
  const gdpShareLine = (text: string) =>
    text
      .split('\n')
      .findIndex((l) => l.startsWith('gdp_share_national_pct,2023,') && l.includes(',cnfocus2024,')) + 1;

  it('no figure a source only retells (rounded, paraphrased) is labelled as a MOFCOM release', () => {
    const dataset = buildDataset(realTexts());
    expect(checkSeries(dataset)).toEqual([]);
    const row = dataset.observations.find(
      (o) => o.indicator === 'gdp_share_national_pct' && o.year === 2023 && o.source === 'cnfocus2024',
    );
    expect(row?.series).toBe('other');
  });

  it('names a rounded magazine figure labelled as the statistics release', () => {
    const texts = realTexts();
    const line = gdpShareLine(texts.values);
    const values = withLine(texts.values, line, (row) => row.replace(',other,', ',statistics,'));
    const issues = checkSeries(buildDataset({ ...texts, values }));
    expect(issues).toEqual([
      expect.objectContaining({
        line,
        column: 'series',
        reason: expect.stringMatching(
          /series "statistics" but the source only retells the figure \(note rounded\)/,
        ),
      }),
    ]);
  });
});

describe('npm run data:check', () => {
  it('passes on the bundled dataset', () => {
    const { code, stdout } = runScript('scripts/data-check/index.ts', []);
    expect(stdout).toContain('data check: ok');
    expect(code).toBe(0);
  });

  it('fails naming file, line, column and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etdz-data-'));
    cpSync(CSV_DIR, dir, { recursive: true });
    const values = readFileSync(join(dir, 'values.csv'), 'utf8');
    writeFileSync(
      join(dir, 'values.csv'),
      withLine(values, 3, (row) => row.replace(/^[a-z_]+,/, 'no_such_indicator,')),
    );
    const { code, stderr } = runScript('scripts/data-check/index.ts', ['--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(dir, 'values.csv')}:3 column "indicator": unknown indicator id "no_such_indicator"`,
    );
  });

  it('fails on an impossible fact: a zone count of −229, naming where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etdz-data-'));
    cpSync(CSV_DIR, dir, { recursive: true });
    const counts = readFileSync(join(dir, 'zone-counts.csv'), 'utf8');
    const line =
      counts.split('\n').findIndex((l) => l.includes(',229,,national,') && l.includes('seed004')) + 1;
    writeFileSync(
      join(dir, 'zone-counts.csv'),
      withLine(counts, line, (row) => row.replace(',229,', ',-229,')),
    );
    const { code, stderr } = runScript('scripts/data-check/index.ts', ['--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(dir, 'zone-counts.csv')}:${line} column "count": a count cannot be negative (got "-229")`,
    );
  });
});
