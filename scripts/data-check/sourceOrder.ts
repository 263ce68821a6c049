import type { DataIssue } from '../../src/data/issues';
import type { PolicyData } from '../../src/data/policy/model';
import { orderSources, sourceKind, splitSources } from '../../src/data/policy/sourceKinds';

/**
 * Policy source addresses are listed official first, then press, then mirrors: the first address is
 * the one in view (and the one the Growth milestones list first), so it must be the best one.
 */
export function checkSourceOrder(policy: PolicyData): DataIssue[] {
  const issues: DataIssue[] = [];
  const check = (file: string, id: string, column: string, refs: readonly string[]) => {
    // A source of the dataset has no address and no kind: only the addresses are ordered.
    const { urls } = splitSources(refs);
    const expected = orderSources(urls);
    const first = urls.findIndex((u, i) => u !== expected[i]);
    if (first >= 0) {
      const url = urls[first] as string;
      issues.push({
        file,
        line: 0,
        column,
        reason: `${id}: ${new URL(url).hostname} (${sourceKind(url)}) is listed before ${new URL(expected[first] as string).hostname} (${sourceKind(expected[first] as string)}); order official, press, mirror`,
      });
    }
  };
  for (const d of policy.documents) check('documents.csv', d.id, 'sources', d.sources);
  for (const m of policy.measures)
    check('measures.csv', m.id, 'source', [...(m.source ? [m.source] : []), ...m.moreSources]);
  return issues;
}
