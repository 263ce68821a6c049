import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneEntry } from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import type { Column } from '../../ui/DataTable';
import type { CitationItem } from '../../ui/Citation';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { zoneCitations } from './citations';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS, type GrowthT } from './texts';

/** The approval as the data knows it: a stated date ("c." kept), a batch's end as a bound, or not stated. */
function approvalText(
  z: ZoneEntry,
  t: GrowthT,
  date: (d: string) => string,
  year: (y: number) => string,
  notStated: string,
): string {
  if (z.approvalDate)
    return z.approvalApprox
      ? t('common:source.approxDate', { date: date(z.approvalDate) })
      : date(z.approvalDate);
  if (z.knownBy !== null) return t('zones.byBatch', { year: year(z.knownBy) });
  return notStated;
}

export function useZoneColumns(): Column<ZoneEntry>[] {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const selected = useAppStore((s) => s.growth.zone);
  // One set of words per zone and language: the rows' words were looked up again for every cell that
  // showed them and every re-render (six lookups a row, 232 rows: the zone table's first render was one
  // long task of about 190 ms at 4x slowdown).
  const words = useMemo(() => zoneWords(t, format, dataset), [t, format, dataset]);
  // Kept while nothing they show changes: a new set of columns redraws every row of the table.
  return useMemo(() => zoneColumns(t, words, selected), [t, words, selected]);
}

interface ZoneWords {
  name: string;
  province: string;
  approval: string;
  batch: string;
  status: string;
  citations: CitationItem[];
}

/** Each zone's words, built the first time its row asks for them. */
function zoneWords(
  t: GrowthT,
  format: ReturnType<typeof useFormat>,
  dataset: ReturnType<typeof useDataset>,
): (z: ZoneEntry) => ZoneWords {
  const notStated = t('zones.notStated');
  const active = t('zones.active');
  const rows = new Map(dataset.zones.map((r) => [r.id, r]));
  const built = new Map<string, ZoneWords>();
  return (z) => {
    let words = built.get(z.id);
    if (!words) {
      words = {
        name: t(dataKey('zones', `name.${z.id}`)),
        province: t(dataKey('regions', `province.${z.province}`)),
        approval: approvalText(z, t, format.date, format.year, notStated),
        batch: z.batch ? t(dataKey('zones', `batch.${z.batch}`)) : notStated,
        status: z.status === 'exited' ? t('zones.exited', { date: format.date(z.exitDate) }) : active,
        citations: zoneCitations(dataset, [z], rows),
      };
      built.set(z.id, words);
    }
    return words;
  };
}

function zoneColumns(
  t: GrowthT,
  words: (z: ZoneEntry) => ZoneWords,
  selected: string | null,
): Column<ZoneEntry>[] {
  const name = (z: ZoneEntry) => words(z).name;
  return [
    {
      id: 'name',
      header: t('zones.name'),
      cell: (z) => (
        <ViewLink to={{ view: 'zones', zones: { zone: z.id } }} current={z.id === selected}>
          {name(z)}
        </ViewLink>
      ),
      sortValue: name,
      rowHeader: true,
    },
    {
      id: 'province',
      header: t('where.province'),
      cell: (z) => words(z).province,
      sortValue: (z) => words(z).province,
    },
    {
      id: 'approval',
      header: t('zones.approval'),
      cell: (z) => words(z).approval,
      sortValue: (z) => z.approvalDate || (z.knownBy === null ? null : String(z.knownBy)),
    },
    {
      id: 'batch',
      header: t('zones.batch'),
      cell: (z) => words(z).batch,
      sortValue: (z) => z.batch || null,
    },
    {
      id: 'status',
      header: t('zones.status'),
      cell: (z) => words(z).status,
      sortValue: (z) => z.status,
    },
    {
      id: 'source',
      header: t('common:table.source'),
      cell: (z) => <SourceButton items={words(z).citations} subject={name(z)} />,
    },
  ];
}

export function zoneCsv(rows: readonly ZoneEntry[], t: GrowthT) {
  return {
    header: [
      t('zones.name'),
      t('where.province'),
      t('zones.approval'),
      t('zones.batch'),
      t('zones.status'),
      t('common:table.source'),
    ],
    rows: rows.map((z) => [
      t(dataKey('zones', `name.${z.id}`)),
      t(dataKey('regions', `province.${z.province}`)),
      z.approvalDate
        ? z.approvalApprox
          ? t('common:source.approxDate', { date: z.approvalDate })
          : z.approvalDate
        : z.knownBy === null
          ? ''
          : t('zones.byBatch', { year: String(z.knownBy) }),
      z.batch ? t(dataKey('zones', `batch.${z.batch}`)) : '',
      z.status === 'exited' ? t('zones.exited', { date: z.exitDate }) : t('zones.active'),
      z.source,
    ]),
  };
}
