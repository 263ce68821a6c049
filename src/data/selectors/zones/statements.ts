import type { Dataset, Zone } from '../../model';
import type { ZoneStatementKind } from '../../schema/tables';
import { assess, relateDates, type Assessment } from '../disagreement';
import { perDataset } from '../memo';

/** One sourced statement about a zone: the zone row's own (its date of approval or listing) or another's. */
export interface ZoneFact {
  zone: string;
  kind: ZoneStatementKind;
  /** As precise as the source states it; empty when the statement has no date (a list naming the zone). */
  date: string;
  approx: boolean;
  source: string;
  quote: string;
  note: string[];
  /** From zones.csv: the date the timeline places the zone by. */
  primary: boolean;
}

/** Statements of one kind (approval, exit) about one zone, judged by the one rule for dates. */
export interface ZoneFactGroup {
  /** `zone|kind`, as conflicts.csv names it. */
  key: string;
  zone: string;
  kind: ZoneStatementKind;
  facts: ZoneFact[];
  assessment: Assessment;
}

/** The zone row itself as statements: its approval (or, without a date, the listing) and its exit. */
function ownFacts(z: Zone): ZoneFact[] {
  const base = { zone: z.id, source: z.source, quote: z.quote, note: z.note, primary: true };
  const facts: ZoneFact[] = [];
  // A zone listed without an approval date has its exit as its only dated fact: the row's source is the exit's.
  if (z.approval_date || z.status !== 'exited')
    facts.push({
      ...base,
      kind: z.approval_date ? 'approval' : 'listed',
      date: z.approval_date,
      approx: z.approval_date_approx,
    });
  if (z.exit_date) facts.push({ ...base, kind: 'exit', date: z.exit_date, approx: false });
  return facts;
}

/** Every statement about each zone: the row's own first, then zone-statements.csv in file order. */
export const zoneFacts = perDataset(
  (dataset: Pick<Dataset, 'zones' | 'zoneStatements'>): ReadonlyMap<string, ZoneFact[]> => {
    const map = new Map<string, ZoneFact[]>(dataset.zones.map((z) => [z.id, ownFacts(z)]));
    for (const s of dataset.zoneStatements)
      map.get(s.zone)?.push({
        zone: s.zone,
        kind: s.kind,
        date: s.date,
        approx: s.date_approx,
        source: s.source,
        quote: s.quote,
        note: s.note,
        primary: false,
      });
    return map;
  },
);

/** The dated statements of approvals and exits, per zone and kind, where there are two or more. */
export const zoneFactGroups = perDataset(
  (dataset: Pick<Dataset, 'zones' | 'zoneStatements'>): ZoneFactGroup[] => {
    const out: ZoneFactGroup[] = [];
    for (const [zone, facts] of zoneFacts(dataset)) {
      for (const kind of ['approval', 'exit'] as const) {
        const own = facts.filter((f) => f.kind === kind && f.date);
        if (own.length < 2) continue;
        out.push({ key: `${zone}|${kind}`, zone, kind, facts: own, assessment: assess(own, relateDates) });
      }
    }
    return out;
  },
);
