import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/parse';

type Json = Record<string, unknown>;

/** Data ids need a display name in each complete language, and a name with no data behind it is stale. */
export function checkLabels(
  dataset: Dataset,
  lng: string,
  locale: { indicators: Json; zones: Json; regions: Json; notes: Json },
): DataIssue[] {
  const issues: DataIssue[] = [];
  const compare = (file: string, ids: Iterable<string>, keys: string[], what: string) => {
    const idSet = new Set(ids);
    for (const id of idSet) {
      if (!keys.includes(id))
        issues.push({ file, line: 0, column: id, reason: `${what} "${id}" has no label in ${lng}` });
    }
    for (const key of keys) {
      if (!idSet.has(key))
        issues.push({ file, line: 0, column: key, reason: `label for unknown ${what} "${key}"` });
    }
  };
  const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
  compare(
    `locales/${lng}/indicators.json`,
    dataset.indicators.keys(),
    Object.keys(locale.indicators),
    'indicator',
  );
  compare(
    `locales/${lng}/zones.json`,
    dataset.zones.map((z) => z.id),
    Object.keys(obj(locale.zones.name)),
    'zone',
  );
  compare(`locales/${lng}/zones.json`, dataset.batches.keys(), Object.keys(obj(locale.zones.batch)), 'batch');
  compare(
    `locales/${lng}/zones.json`,
    dataset.rankings.map((r) => r.ranking),
    Object.keys(obj(locale.zones.ranking)),
    'ranking list',
  );
  compare(
    `locales/${lng}/regions.json`,
    dataset.provinces.keys(),
    Object.keys(obj(locale.regions.province)),
    'province',
  );

  const notesFile = `locales/${lng}/notes.json`;
  const explanations = [...dataset.explanations.values()];
  const used: Record<string, Set<string>> = {
    value: new Set([...dataset.observations, ...dataset.seedClaims].flatMap((o) => o.note)),
    basis: new Set(dataset.observations.flatMap((o) => o.zoneBasisNote)),
    zoneCount: new Set(dataset.zoneCounts.flatMap((z) => z.note)),
    source: new Set([...dataset.sources.values()].flatMap((s) => s.note)),
    zone: new Set([...dataset.zones, ...dataset.zoneStatements].flatMap((z) => z.note)),
    ranking: new Set(dataset.rankings.flatMap((r) => r.note)),
    provinceCount: new Set(dataset.provinceCounts.flatMap((p) => p.scope_note)),
    assessment: new Set([...dataset.assessments.values()].flatMap((a) => a.note)),
    explain: new Set(explanations.flatMap((c) => c.explain)),
    conflict: new Set(explanations.flatMap((c) => c.note)),
  };
  for (const [group, keys] of Object.entries(used)) {
    compare(notesFile, keys, Object.keys(obj(locale.notes[group])), `note ${group}`);
  }
  return issues;
}
