import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneEntries, searchZones, type ZoneEntry } from '../../data/selectors/growth/zones';
import { useFormat } from '../../i18n/useFormat';
import { DataTable, type Column } from '../../ui/DataTable';
import { useDataset } from '../../ui/useDataset';
import { ViewLink } from '../../ui/ViewLink';
import { dataKey } from '../../i18n/keys';
import { ZONE_NS } from './texts';

/** Every zone the dataset lists, searchable in the reader's language, each a link to its page. */
export function ZoneIndex() {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const dataset = useDataset();
  const [query, setQuery] = useState('');
  const ranked = new Map<string, number>();
  for (const r of dataset.rankings) if (r.zone) ranked.set(r.zone, (ranked.get(r.zone) ?? 0) + 1);
  const name = (z: ZoneEntry) => t(dataKey('zones', `name.${z.id}`));
  const rows = searchZones(
    zoneEntries(dataset),
    query,
    (z) => `${name(z)} ${t(dataKey('regions', `province.${z.province}`))}`,
  );
  const columns: Column<ZoneEntry>[] = [
    {
      id: 'name',
      header: t('index.zone'),
      cell: (z) => <ViewLink to={{ view: 'zones', zones: { zone: z.id } }}>{name(z)}</ViewLink>,
      sortValue: name,
      rowHeader: true,
    },
    {
      id: 'province',
      header: t('facts.province'),
      cell: (z) => t(dataKey('regions', `province.${z.province}`)),
      sortValue: (z) => t(dataKey('regions', `province.${z.province}`)),
    },
    {
      id: 'approval',
      header: t('facts.approval'),
      cell: (z) =>
        z.approvalDate
          ? z.approvalApprox
            ? t('common:source.approxDate', { date: format.date(z.approvalDate) })
            : format.date(z.approvalDate)
          : t('facts.notStated'),
      sortValue: (z) => z.approvalDate || null,
    },
    {
      id: 'ranks',
      header: t('index.ranks'),
      cell: (z) => format.number(ranked.get(z.id) ?? 0),
      sortValue: (z) => ranked.get(z.id) ?? 0,
      numeric: true,
    },
  ];
  return (
    <section className="panel" aria-labelledby="zones-index-title">
      <h2 id="zones-index-title">{t('index.tableTitle')}</h2>
      <label className="field">
        <span>{t('index.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="muted small" role="status">
        {t('index.shown', { count: rows.length })}
      </p>
      <DataTable
        caption={t('index.tableTitle')}
        rows={rows}
        columns={columns}
        rowKey={(z) => z.id}
        empty={t('index.none')}
      />
    </section>
  );
}
