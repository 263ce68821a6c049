import type { Dataset, ZoneCount } from '../../model';
import { splitSources } from '../../policy/sourceKinds';
import { perDataset } from '../memo';
import { comparePartial, within, yearOf } from './dates';

export type MilestoneKind = 'batch' | 'exit' | 'establishment' | 'policy';

/** Something that happened on the time axis, with the statements that back it. */
export interface Milestone {
  /** Stable and URL-safe: `batch.first`, `exit.jiuquan`, `new.2013-01`, `policy.<doc id>`. */
  id: string;
  kind: MilestoneKind;
  date: string;
  /** End of a batch that spans years; equals `date` otherwise. */
  dateTo: string;
  year: number;
  yearTo: number;
  /** batch id, zone id or policy document id, for the label. */
  ref: string;
  /** Zone-count rows (batch sizes, exits, establishments) dated within the milestone; empty when none states it. */
  statements: ZoneCount[];
  /** Source of the milestone row itself (batches.csv, zones.csv); null for policy documents. */
  source: string | null;
  /** A policy document's source addresses. */
  urls: string[];
  /** Sources of the dataset that report the policy document without an address (a seed article). */
  sourceIds: string[];
}

/** Policy milestones come from the policy data layer; this is the part the growth view needs. */
export interface PolicyMilestoneInput {
  id: string;
  date: string;
  sources: readonly string[];
}

function make(
  m: Omit<Milestone, 'year' | 'yearTo' | 'urls' | 'sourceIds'> & { urls?: string[]; sourceIds?: string[] },
): Milestone | null {
  const year = yearOf(m.date);
  const yearTo = yearOf(m.dateTo);
  return year === null || yearTo === null
    ? null
    : { ...m, urls: m.urls ?? [], sourceIds: m.sourceIds ?? [], year, yearTo };
}

/** Approval batches, exits and newly established zones, in date order. Undated batches stay off the axis. */
export const zoneMilestones = perDataset(
  (dataset: Pick<Dataset, 'zoneCounts' | 'zones' | 'batches'>): Milestone[] => {
    const rowsOf = (kind: ZoneCount['kind']) =>
      dataset.zoneCounts.filter((z) => z.kind === kind && z.scope === 'national' && z.date !== '');
    const batchRows = rowsOf('batch');
    const exitRows = rowsOf('exit');
    const out: Array<Milestone | null> = [];
    for (const b of dataset.batches.values()) {
      if (!b.date_from || !b.date_to) continue;
      const statements = batchRows.filter((z) => within(z.date, b.date_from, b.date_to));
      out.push(
        make({
          id: `batch.${b.id}`,
          kind: 'batch',
          date: b.date_from,
          dateTo: b.date_to,
          ref: b.id,
          statements,
          source: b.source,
        }),
      );
    }
    for (const z of dataset.zones) {
      if (z.status !== 'exited' || !z.exit_date) continue;
      const statements = exitRows.filter((r) => comparePartial(r.date, z.exit_date) === 0);
      out.push(
        make({
          id: `exit.${z.id}`,
          kind: 'exit',
          date: z.exit_date,
          dateTo: z.exit_date,
          ref: z.id,
          statements,
          source: z.source,
        }),
      );
    }
    for (const r of rowsOf('establishment')) {
      out.push(
        make({
          id: `new.${r.date}`,
          kind: 'establishment',
          date: r.date,
          dateTo: r.date,
          ref: r.date,
          statements: [r],
          source: r.source,
        }),
      );
    }
    return sortMilestones(out.filter((m): m is Milestone => m !== null));
  },
);

export function policyMilestones(docs: readonly PolicyMilestoneInput[]): Milestone[] {
  return docs.flatMap(
    (d) =>
      make({
        id: `policy.${d.id}`,
        kind: 'policy',
        date: d.date,
        dateTo: d.date,
        ref: d.id,
        statements: [],
        source: null,
        ...splitSources(d.sources),
      }) ?? [],
  );
}

export function sortMilestones(list: readonly Milestone[]): Milestone[] {
  return [...list].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Milestones under way in a year: a batch that spans 1984–1988 is under way in each of those years. */
export function milestonesIn(list: readonly Milestone[], year: number): Milestone[] {
  return list.filter((m) => m.year <= year && year <= m.yearTo);
}
