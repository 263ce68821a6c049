/**
 * Keys in code and keys in files agree: a key the code uses must exist in zh and en, a key no code
 * uses (nor any text nests, nor a dataKey() pattern allows) must go, and each view's files read only
 * the namespaces that are loaded before it renders. Pure: takes the code scan and the reference keys.
 */
import { SETTING_KEYS, viewNamespaces } from '../../src/i18n/constants';
import type { CodeScan } from './extract';
import type { LocaleIssue } from './check';

export interface CodeCheckInput {
  scan: CodeScan;
  /** ns → keys of the complete languages (plural forms grouped). */
  reference: Map<string, Set<string>>;
  /** "ns:key" nested by some text with $t(…). */
  nested: Set<string>;
  startupNamespaces: readonly string[];
  /** Where a namespace's file is, for messages: ns → path of the source language's file. */
  pathOf: (ns: string) => string;
  lineOf?: (ns: string, key: string) => number | undefined;
}

export function checkCodeKeys(input: CodeCheckInput): LocaleIssue[] {
  const { scan, reference, nested, startupNamespaces, pathOf, lineOf } = input;
  const issues: LocaleIssue[] = [];
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const use of scan.uses) {
    const id = `${use.ns}:${use.key}`;
    used.add(id);
    if (reference.get(use.ns)?.has(use.key) || reported.has(id)) continue;
    reported.add(id);
    issues.push({
      severity: 'error',
      file: use.file,
      key: id,
      reason: `is used in code but ${pathOf(use.ns)} (and the other complete languages) lack it`,
    });
  }
  const allowed = (ns: string, key: string) =>
    scan.patterns.some((p) => p.ns === ns && p.regex.test(key)) || `${ns}:${key}` in SETTING_KEYS;
  for (const [ns, keys] of reference)
    for (const key of keys) {
      const id = `${ns}:${key}`;
      if (used.has(id) || nested.has(id) || allowed(ns, key)) continue;
      issues.push({
        severity: 'error',
        file: pathOf(ns),
        key,
        ...(lineOf?.(ns, key) ? { line: lineOf(ns, key) } : {}),
        reason:
          'no code uses it: delete it from every language, or use it (a key built from a data id goes through dataKey() in src/i18n/keys.ts)',
      });
    }
  for (const [file, namespaces] of scan.namespaces) {
    // A lazily loaded part of src/ui with namespaces of its own (src/ui/export) counts as a view of that name.
    const view = /^src\/(?:features|ui)\/([^/]+)\//.exec(file)?.[1] ?? null;
    const loaded = new Set([...startupNamespaces, ...(view ? viewNamespaces(view) : [])]);
    for (const ns of namespaces)
      if (!loaded.has(ns) && reference.has(ns))
        issues.push({
          severity: 'error',
          file,
          reason: view
            ? `reads namespace "${ns}", which is not loaded before the ${view} view renders: add it to VIEW_NAMESPACES.${view} in src/i18n/constants.ts`
            : `reads namespace "${ns}", which is loaded only for some views: use it from a view's folder, or load it at start`,
        });
  }
  return issues;
}

/** Where each key is used, as the views that show it: "ns:key" → views. Keys built from data ids count for the views that build them. */
export function keyViews(
  scan: CodeScan,
  fileViews: Map<string, Set<string>>,
  reference: Map<string, Set<string>>,
): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, views: Iterable<string>) => {
    const set = out.get(id) ?? new Set<string>();
    for (const v of views) set.add(v);
    out.set(id, set);
  };
  for (const use of scan.uses) add(`${use.ns}:${use.key}`, fileViews.get(use.file) ?? []);
  for (const pattern of scan.patterns)
    for (const key of reference.get(pattern.ns) ?? [])
      if (pattern.regex.test(key)) add(`${pattern.ns}:${key}`, fileViews.get(pattern.file) ?? []);
  return Object.fromEntries(
    [...out]
      .filter(([, views]) => views.size > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, views]) => [id, [...views].sort()]),
  );
}
