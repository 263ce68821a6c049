import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/parse';
import type { PolicyData } from '../../src/data/policy/model';

/** The rules an assessment followed are a policy document; the two tables load apart, so the link is checked here. */
export function checkAssessmentRules(
  dataset: Dataset,
  policy: PolicyData,
  file = 'assessments.csv',
): DataIssue[] {
  const ids = new Set(policy.documents.map((d) => d.id));
  return [...dataset.assessments.values()]
    .filter((a) => a.rules && !ids.has(a.rules))
    .map((a) => ({
      file,
      line: a.line,
      column: 'rules',
      reason: `unknown policy document id "${a.rules}" (not in src/data/policy/documents.csv)`,
    }));
}
