import Papa from 'papaparse';
import type { DataIssue } from '../../src/data/parse';

/** The research files whose every row must be imported or excluded with a reason. */
export const RAW_FILES = [
  'indicators.csv',
  'zone_counts.csv',
  'zones.csv',
  'province_counts.csv',
  'rankings.csv',
  'sources.csv',
  'round2/zones_complete.csv',
  'round2/province_counts.csv',
  'round2/indicators.csv',
];

export interface RawRef {
  file: string;
  line: number;
  raw: string;
}

/** The `raw` cells of a clean table, read straight from the file so rejected rows still count as imported. */
export function rawRefs(file: string, text: string): RawRef[] {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
  return rows.map((row, i) => ({ file, line: i + 2, raw: row.raw ?? '' }));
}

/**
 * Compares the research snapshot with the `raw` references of the clean tables: a research row that is
 * neither imported nor excluded, or imported twice, or a reference to a row that does not exist, is an issue.
 */
export function checkCoverage(
  rawTexts: Record<string, string>,
  refs: RawRef[],
  rawDir = 'src/data/raw',
): DataIssue[] {
  const issues: DataIssue[] = [];
  const expected = new Set<string>();
  for (const [file, text] of Object.entries(rawTexts)) {
    const rows = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' }).data;
    rows.forEach((_, i) => expected.add(`${file}:${i + 2}`));
  }
  const claimed = new Map<string, string>();
  for (const ref of refs) {
    const where = `${ref.file}:${ref.line}`;
    for (const raw of ref.raw
      .split(';')
      .map((r) => r.trim())
      .filter(Boolean)) {
      if (!expected.has(raw)) {
        issues.push({
          file: ref.file,
          line: ref.line,
          column: 'raw',
          reason: `refers to ${raw}, which is not a row of the research snapshot`,
        });
        continue;
      }
      const first = claimed.get(raw);
      if (first) {
        issues.push({
          file: ref.file,
          line: ref.line,
          column: 'raw',
          reason: `${raw} is already accounted for at ${first}`,
        });
        continue;
      }
      claimed.set(raw, where);
    }
  }
  for (const raw of expected) {
    if (!claimed.has(raw)) {
      issues.push({
        file: `${rawDir}/${raw.split(':')[0]}`,
        line: Number(raw.split(':')[1]),
        reason: 'research row is neither imported (raw column of a clean table) nor listed in exclusions.csv',
      });
    }
  }
  return issues;
}
