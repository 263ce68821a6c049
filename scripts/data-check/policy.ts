import type { DataIssue } from '../../src/data/issues';
import type { PolicyData } from '../../src/data/policy/model';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Timeline labels must stay short enough to sit beside a chart axis. */
export const MAX_SHORT_LABEL = 30;

/**
 * Every policy id needs its texts in locales/<lng>/policies.json (the translators' home), and a text
 * for an id the data no longer has is stale.
 */
export function checkPolicyLabels(policy: PolicyData, lng: string, locale: Json): DataIssue[] {
  const file = `locales/${lng}/policies.json`;
  const issues: DataIssue[] = [];
  const missing = (key: string) =>
    issues.push({ file, line: 0, column: key, reason: `missing text in ${lng}` });
  const stale = (key: string) =>
    issues.push({ file, line: 0, column: key, reason: `text for an id that is not in src/data/policy` });
  const need = (group: Json, prefix: string, id: string, fields: string[]) => {
    const entry = obj(group[id]);
    for (const f of fields) if (!str(entry[f])) missing(`${prefix}.${id}.${f}`);
    return entry;
  };
  const staleKeys = (group: Json, prefix: string, ids: Set<string>) => {
    for (const key of Object.keys(group)) if (!ids.has(key)) stale(`${prefix}.${key}`);
  };

  const documents = obj(locale.documents);
  for (const d of policy.documents) {
    const entry = need(documents, 'documents', d.id, ['title', 'short', 'issuer', 'summary', 'completeness']);
    const short = str(entry.short);
    if (short && [...short].length > MAX_SHORT_LABEL) {
      issues.push({
        file,
        line: 0,
        column: `documents.${d.id}.short`,
        reason: `longer than ${MAX_SHORT_LABEL} characters`,
      });
    }
    if (d.numberConfidence && !str(entry.numberNote)) missing(`documents.${d.id}.numberNote`);
  }
  staleKeys(documents, 'documents', new Set(policy.documents.map((d) => d.id)));

  const areas = obj(locale.areas);
  for (const a of policy.areas)
    if (!str(obj(areas[a.document])[a.key])) missing(`areas.${a.document}.${a.key}`);
  for (const [doc, keys] of Object.entries(areas)) {
    for (const key of Object.keys(obj(keys)))
      if (!policy.areas.some((a) => a.document === doc && a.key === key)) stale(`areas.${doc}.${key}`);
  }

  const measures = obj(locale.measures);
  for (const m of policy.measures) need(measures, 'measures', m.id, ['title', 'summary']);
  staleKeys(measures, 'measures', new Set(policy.measures.map((m) => m.id)));

  for (const [group, ids] of [
    ['tags', policy.tags],
    ['bodies', policy.bodies],
  ] as const) {
    const labels = obj(locale[group]);
    for (const id of ids) if (!str(labels[id])) missing(`${group}.${id}`);
    staleKeys(labels, group, new Set(ids));
  }
  return issues;
}
