import Papa from 'papaparse';
import type { z } from 'zod';

import type { DataIssue } from './issues';

export type { DataIssue } from './issues';
export { formatIssue } from './issues';

export interface ParsedTable<Row> {
  rows: Array<Row & { line: number }>;
  issues: DataIssue[];
}

/**
 * Parses one CSV table against its row schema. A bad row is reported and left out;
 * the good rows still load, so one typo never blanks the dashboard.
 */
export function parseCsvTable<S extends z.ZodObject>(
  file: string,
  text: string,
  schema: S,
): ParsedTable<z.output<S>> {
  const columns = Object.keys(schema.shape);
  const issues: DataIssue[] = [];
  const rows: Array<z.output<S> & { line: number }> = [];
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });

  const header = result.meta.fields ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !columns.includes(c));
  for (const c of missing)
    issues.push({ file, line: 1, column: c, reason: 'column is missing from the header' });
  for (const c of extra)
    issues.push({ file, line: 1, column: c, reason: 'column is not part of this table' });
  if (missing.length > 0) return { rows, issues };

  for (const error of result.errors) {
    issues.push({ file, line: (error.row ?? 0) + 2, reason: `CSV syntax: ${error.message}` });
  }
  const badLines = new Set(issues.map((i) => i.line));

  result.data.forEach((record, index) => {
    const line = index + 2;
    if (badLines.has(line)) return;
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      rows.push({ ...(parsed.data as z.output<S>), line });
      return;
    }
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      const cell = column !== undefined ? record[column] : undefined;
      const shown = cell !== undefined && cell !== '' ? ` (got "${cell}")` : '';
      issues.push({ file, line, column, reason: `${issue.message}${shown}` });
    }
  });
  return { rows, issues };
}
