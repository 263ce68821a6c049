import type { ConflictExplanation, Dataset, StatedNumber, ZoneCount } from '../../data/model';
import { explanationOf, type Flagged } from '../../data/selectors/conflicts';
import { batchVersions } from '../../data/selectors/growth/counts';
import { groupStatements } from '../../data/selectors/statements';
import type { Formatters } from '../../i18n/useFormat';
import type { CitationItem } from '../../ui/Citation';
import type { ConflictT } from './texts';
import { observationCitations, zoneCountCitations } from '../../ui/citations';
import { dataKey } from '../../i18n/keys';

/** One version of a disputed figure: the figure (or date, or place) as stated, with who states it. */
export interface Version {
  figure: StatedNumber | null;
  /** The version in words where it is not a number: a date, a dated batch, a place in a list. */
  text: string;
  detail: string;
  citations: CitationItem[];
}

/** One disagreement as the Sources list shows it, whatever it is about. */
export interface ConflictRow {
  /** `scope|key`, as conflicts.csv names it. */
  id: string;
  subject: string;
  when: string;
  sortYear: number;
  versions: Version[];
  explanation: ConflictExplanation | null;
}

type Data = Dataset;

/**
 * Rows the conflict table shows at once. Today's list fits on one page; a dataset with thousands of
 * disagreements would draw every version of each, far more than a reader scans.
 */
export const CONFLICT_PAGE = 50;

/** A date as sources give it, "c." kept where it is approximate. */
export function statedDate(date: string, approx: boolean, t: ConflictT, format: Formatters): string {
  if (!date) return t('source.undated');
  return approx ? t('source.approxDate', { date: format.date(date) }) : format.date(date);
}

function countVersions(dataset: Data, items: readonly ZoneCount[], t: ConflictT, format: Formatters) {
  const figures = items.map((z) => ({ ...z, value: z.count ?? 0, fraction: null, unit: 'count' as const }));
  return groupStatements(figures).map((s): Version => ({
    figure: s.figure,
    text: '',
    detail: [...new Set(s.items.map((z) => statedDate(z.date, z.date_approx, t, format)))].join(
      t('list.separator'),
    ),
    citations: zoneCountCitations(dataset, s.items),
  }));
}

/** A batch is dated as well as counted: each distinct size and period is a version. */
function datedBatch(dataset: Data, items: readonly ZoneCount[], t: ConflictT, format: Formatters) {
  return batchVersions(items).map((v): Version => {
    const to = statedDate(v.date, v.dateApprox, t, format);
    return {
      figure: { value: v.count ?? 0, fraction: null, qualifier: v.qualifier, unit: 'count' },
      text: '',
      detail: v.dateFrom ? t('sources.range', { from: format.date(v.dateFrom), to }) : to,
      citations: zoneCountCitations(dataset, v.items),
    };
  });
}

/** A row without its versions yet: what sorting and the row's header need. */
type Unversioned = Omit<ConflictRow, 'versions'> & { versions: () => Version[] };

function rowOf(dataset: Data, f: Flagged, t: ConflictT, format: Formatters): Unversioned {
  const base = {
    id: `${f.scope}|${f.key}`,
    sortYear: f.year ?? 0,
    explanation: explanationOf(dataset, f.scope, f.key),
  };
  switch (f.scope) {
    case 'values': {
      const g = f.group;
      return {
        ...base,
        subject: t('sources.valueSubject', {
          name: t(dataKey('indicators', `${g.quantity}.name`)),
          region: t(dataKey('regions', `region.${g.region}`)),
        }),
        when: format.period(g.period, g.year),
        versions: () =>
          g.statements.map((s) => ({
            figure: s.figure,
            text: '',
            detail: [...new Set(s.items.map((o) => t(`series.${o.series}`)))].join(t('list.separator')),
            citations: observationCitations(dataset, s.items),
          })),
      };
    }
    case 'zone-counts': {
      const g = f.group;
      if (g.kind === 'batch')
        return {
          ...base,
          subject: t('sources.batchSubject', { batch: t(dataKey('zones', `batch.${g.batch}`)) }),
          when: format.year(g.year),
          versions: () => datedBatch(dataset, g.items, t, format),
        };
      return {
        ...base,
        subject: t(`sources.countSubject.${g.kind}`),
        when: format.year(g.year),
        versions: () => countVersions(dataset, g.items, t, format),
      };
    }
    case 'zones': {
      const g = f.group;
      return {
        ...base,
        subject: t('sources.zoneSubject', {
          zone: t(dataKey('zones', `name.${g.zone}`)),
          kind: t(`sources.factKind.${g.kind}`),
        }),
        when: f.year === null ? '' : format.year(f.year),
        versions: () =>
          g.facts.map((fact) => {
            const source = dataset.sources.get(fact.source);
            return {
              figure: null,
              text: statedDate(fact.date, fact.approx, t, format),
              detail: '',
              citations: source
                ? [{ source, quote: fact.quote, notes: fact.note.map((k) => `zone.${k}` as const) }]
                : [],
            };
          }),
      };
    }
    case 'rankings': {
      const g = f.group;
      const first = g.rows[0];
      return {
        ...base,
        subject: t('sources.rankingSubject', {
          ranking: t(dataKey('zones', `ranking.${first?.ranking ?? ''}`)),
          year: format.year(first?.assessment_year ?? 0),
        }),
        when: format.year(first?.assessment_year ?? 0),
        versions: () =>
          g.rows.map((r) => {
            const source = dataset.sources.get(r.source);
            return {
              figure: null,
              text: t('sources.place', {
                rank: format.number(r.rank),
                zone: r.zone ? t(dataKey('zones', `name.${r.zone}`)) : r.zone_name_zh,
              }),
              detail: '',
              citations: source
                ? [{ source, quote: r.zone_name_zh, notes: r.note.map((k) => `ranking.${k}` as const) }]
                : [],
            };
          }),
      };
    }
  }
}

/**
 * The rows of flagged disagreements. Each row's versions are worked out when first read: a table
 * shows a page of rows, and at scale grouping every version of thousands of disagreements takes
 * longer than a frame (the CSV download still reads them all).
 */
export function conflictRows(
  dataset: Data,
  flagged: readonly Flagged[],
  t: ConflictT,
  format: Formatters,
): ConflictRow[] {
  return flagged.map((f) => {
    const { versions: versionsOf, ...row } = rowOf(dataset, f, t, format);
    let versions: Version[] | undefined;
    return {
      ...row,
      get versions() {
        return (versions ??= versionsOf());
      },
    };
  });
}
