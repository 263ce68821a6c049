import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/parse';
import { conflictId, flaggedConflicts } from '../../src/data/selectors/conflicts';

/**
 * Every disagreement the app flags (by the one rule of src/data/selectors/disagreement.ts) needs a row
 * in conflicts.csv saying why its sources differ, or `unknown`; a row for a disagreement the rule does
 * not flag is stale (the figures changed, or they only differ by rounding or a bound).
 */
export function checkConflicts(dataset: Dataset, file = 'conflicts.csv'): DataIssue[] {
  const issues: DataIssue[] = [];
  const flagged = flaggedConflicts(dataset);
  const ids = new Set(flagged.map((f) => conflictId(f.scope, f.key)));
  for (const f of flagged) {
    if (!dataset.explanations.has(conflictId(f.scope, f.key)))
      issues.push({
        file,
        line: 0,
        column: 'key',
        reason: `sources disagree on ${f.scope} "${f.key}" but no row says why: add one with explanation keys or "unknown"`,
      });
  }
  for (const row of dataset.explanations.values()) {
    if (!ids.has(conflictId(row.scope, row.key)))
      issues.push({
        file,
        line: row.line,
        column: 'key',
        reason: `${row.scope} "${row.key}" is not a disagreement the app flags (its sources agree, after rounding or within a bound, or the key is wrong)`,
      });
  }
  return issues;
}
