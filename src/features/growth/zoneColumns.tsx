import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneEntry } from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import type { Column } from '../../ui/DataTable';
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
): string {
  if (z.approvalDate)
    return z.approvalApprox
      ? t('common:source.approxDate', { date: date(z.approvalDate) })
      : date(z.approvalDate);
  if (z.knownBy !== null) return t('zones.byBatch', { year: year(z.knownBy) });
  return t('zones.notStated');
}

export function useZoneColumns(): Column<ZoneEntry>[] {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const selected = useAppStore((s) => s.growth.zone);
  // Kept while nothing they show changes: a new set of columns redraws every row of the table.
  return useMemo(() => {
    const name = (z: ZoneEntry) => t(dataKey('zones', `name.${z.id}`));
    return zoneColumns(t, format, dataset, selected, name);
  }, [t, format, dataset, selected]);
}

function zoneColumns(
  t: GrowthT,
  format: ReturnType<typeof useFormat>,
  dataset: ReturnType<typeof useDataset>,
  selected: string | null,
  name: (z: ZoneEntry) => string,
): Column<ZoneEntry>[] {
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
      cell: (z) => t(dataKey('regions', `province.${z.province}`)),
      sortValue: (z) => t(dataKey('regions', `province.${z.province}`)),
    },
    {
      id: 'approval',
      header: t('zones.approval'),
      cell: (z) => approvalText(z, t, format.date, format.year),
      sortValue: (z) => z.approvalDate || (z.knownBy === null ? null : String(z.knownBy)),
    },
    {
      id: 'batch',
      header: t('zones.batch'),
      cell: (z) => (z.batch ? t(dataKey('zones', `batch.${z.batch}`)) : t('zones.notStated')),
      sortValue: (z) => z.batch || null,
    },
    {
      id: 'status',
      header: t('zones.status'),
      cell: (z) =>
        z.status === 'exited' ? t('zones.exited', { date: format.date(z.exitDate) }) : t('zones.active'),
      sortValue: (z) => z.status,
    },
    {
      id: 'source',
      header: t('common:table.source'),
      cell: (z) => <SourceButton items={zoneCitations(dataset, [z])} subject={name(z)} />,
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
