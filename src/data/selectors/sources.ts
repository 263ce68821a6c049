import type { Dataset, Observation } from '../model';
import { perDataset } from './memo';
import { groupStatements, hasConflict, type Statement } from './statements';

export interface SourceUsage {
  observations: number;
  zoneCounts: number;
  zones: number;
  provinceCounts: number;
  rankings: number;
}

/** How many figures each source backs, per table. */
export const sourceUsage = perDataset((dataset: Dataset) => {
  const usage = new Map<string, SourceUsage>();
  const bump = (id: string, key: keyof SourceUsage) => {
    const u = usage.get(id) ?? { observations: 0, zoneCounts: 0, zones: 0, provinceCounts: 0, rankings: 0 };
    u[key] += 1;
    usage.set(id, u);
  };
  dataset.observations.forEach((o) => bump(o.source, 'observations'));
  dataset.zoneCounts.forEach((z) => bump(z.source, 'zoneCounts'));
  dataset.zones.forEach((z) => bump(z.source, 'zones'));
  dataset.provinceCounts.forEach((p) => bump(p.source, 'provinceCounts'));
  dataset.rankings.forEach((r) => bump(r.source, 'rankings'));
  return usage as ReadonlyMap<string, SourceUsage>;
});

export interface Conflict {
  key: string;
  indicator: string;
  year: number;
  periodCode: string;
  region: string;
  statements: Statement<Observation>[];
}

/** Every indicator-year-period-region whose sources contradict each other, newest first. */
export const conflicts = perDataset((dataset: Pick<Dataset, 'observations'>): Conflict[] => {
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const key = [o.indicator, o.year, o.periodCode, o.region].join('|');
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const out: Conflict[] = [];
  for (const [key, items] of groups) {
    const statements = groupStatements(items);
    if (statements.length < 2 || !hasConflict(statements)) continue;
    const o = items[0] as Observation;
    out.push({
      key,
      indicator: o.indicator,
      year: o.year,
      periodCode: o.periodCode,
      region: o.region,
      statements,
    });
  }
  return out.sort((a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator));
});
