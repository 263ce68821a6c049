import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCoverage, rawRefs } from '../../../scripts/data-check/coverage';
import { checkLabels } from '../../../scripts/data-check/labels';
import { checkSeries } from '../../../scripts/data-check/series';
import { buildDataset } from '../../../src/data/build';
import { CSV_DIR, miniTexts, realTexts, withLine } from '../fixtures';
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
    const rawTexts = Object.fromEntries(
      [
        'indicators.csv',
        'zone_counts.csv',
        'zones.csv',
        'province_counts.csv',
        'rankings.csv',
        'sources.csv',
      ].map((f) => [f, readFileSync(join(rawDir, f), 'utf8')]),
    );
    const refs = Object.entries(texts).flatMap(([name, text]) => rawRefs(name, text));
    expect(checkCoverage(rawTexts, refs)).toEqual([]);
  });
});

describe('labels for data ids', () => {
  it('reports an indicator without a name and a name without an indicator', () => {
    const dataset = buildDataset(miniTexts(), { lastYear: 2026 });
    const issues = checkLabels(dataset, 'en', {
      indicators: { gdp: {}, gdp_share_national_pct: {}, old_id: {} },
      zones: { name: { dalian: 'Dalian' }, batch: { first: 'First' } },
      regions: { province: { liaoning: 'Liaoning' } },
      notes: {},
    });
    expect(issues.map((i) => i.reason)).toEqual([
      'indicator "zone_count" has no label in en',
      'label for unknown indicator "old_id"',
    ]);
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
});
