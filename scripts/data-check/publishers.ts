import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/parse';

/**
 * Words of the editors' own vocabulary in a publisher cell ("unknown (repost)", "Wikipedia
 * (mirror)", "商务部 (via hunanpark.cn)"): such a cell describes the source rather than naming it,
 * and is English only, so readers need it in their language from notes.json `publisher.<source id>`.
 */
const CURATION =
  /^unknown\b|\((?:[^)]*\b)?(?:mirror|repost|reposted|via|aggregator|service|summary|citing|directory|excerpt|edition|commentary|page|data from|report chapter|newsletter|Substack)\b/i;

export function needsPublisherText(publisher: string): boolean {
  return CURATION.test(publisher);
}

export function checkPublishers(
  dataset: Dataset,
  lng: string,
  publisherTexts: Record<string, unknown>,
): DataIssue[] {
  const file = `locales/${lng}/notes.json`;
  const issues: DataIssue[] = [];
  for (const s of dataset.sources.values()) {
    const text = publisherTexts[s.id];
    if (needsPublisherText(s.publisher) && (typeof text !== 'string' || text.trim() === '')) {
      issues.push({
        file,
        line: 0,
        column: `publisher.${s.id}`,
        reason: `publisher "${s.publisher}" is an editor's description: it needs a text in ${lng}`,
      });
    }
  }
  for (const id of Object.keys(publisherTexts)) {
    if (!dataset.sources.has(id))
      issues.push({
        file,
        line: 0,
        column: `publisher.${id}`,
        reason: `publisher text for unknown source "${id}"`,
      });
  }
  return issues;
}
