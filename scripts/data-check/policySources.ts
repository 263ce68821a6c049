import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/issues';
import type { PolicyData } from '../../src/data/policy/model';
import { splitSources } from '../../src/data/policy/sourceKinds';

/** A policy text credited to a source of the dataset (`source:<id>`) needs that source to exist. */
export function checkPolicySources(policy: PolicyData, dataset: Pick<Dataset, 'sources'>): DataIssue[] {
  const issues: DataIssue[] = [];
  const check = (file: string, id: string, column: string, refs: readonly string[]) => {
    for (const source of splitSources(refs).sourceIds)
      if (!dataset.sources.has(source))
        issues.push({
          file,
          line: 0,
          column,
          reason: `${id}: unknown source id "${source}" (not in src/data/csv/sources.csv)`,
        });
  };
  for (const d of policy.documents) check('documents.csv', d.id, 'sources', d.sources);
  for (const m of policy.measures)
    check('measures.csv', m.id, 'more_sources', [...(m.source ? [m.source] : []), ...m.moreSources]);
  return issues;
}
