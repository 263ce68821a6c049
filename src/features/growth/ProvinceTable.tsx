import { useTranslation } from 'react-i18next';
import type { ProvinceTile } from '../../data/selectors/growth/provinces';
import { useFormat } from '../../i18n/useFormat';
import { DataTable, type Column } from '../../ui/DataTable';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { provinceCountCitations } from './citations';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS, type GrowthT } from './texts';

/** Both province measures side by side, sortable; "no data" sorts last and reads as such. */
export function ProvinceTable({
  tiles,
  onSelect,
}: {
  tiles: readonly ProvinceTile[];
  onSelect(id: string): void;
}) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const name = (p: ProvinceTile) => t(dataKey('regions', `province.${p.id}`));
  const columns: Column<ProvinceTile>[] = [
    {
      id: 'name',
      header: t('where.province'),
      cell: (p) => (
        <button type="button" className="button button--link" onClick={() => onSelect(p.id)}>
          {name(p)}
        </button>
      ),
      sortValue: name,
      rowHeader: true,
    },
    {
      id: 'region',
      header: t('common:table.region'),
      cell: (p) => t(dataKey('regions', `region.${p.region}`)),
      sortValue: (p) => t(dataKey('regions', `region.${p.region}`)),
    },
    {
      id: 'stated',
      header: t('measure.stated'),
      cell: (p) =>
        p.stated ? format.number(p.stated.count) : <span className="muted">{t('where.noData')}</span>,
      sortValue: (p) => p.stated?.count ?? null,
      numeric: true,
    },
    {
      id: 'statedDate',
      header: t('where.statedDate'),
      cell: (p) =>
        p.stated ? (
          <>
            {p.stated.date_approx
              ? t('common:source.approxDate', { date: format.date(p.stated.as_of) })
              : format.date(p.stated.as_of)}
            {p.stated.scope_note.map((k) => (
              <span key={k} className="muted small">
                {' · '}
                {t(dataKey('notes', `provinceCount.${k}`))}
              </span>
            ))}{' '}
            <SourceButton items={provinceCountCitations(dataset, [p.stated])} subject={name(p)} />
          </>
        ) : null,
      sortValue: (p) => p.stated?.as_of ?? null,
    },
    {
      id: 'listed',
      header: t('measure.listed'),
      cell: (p) => format.number(p.listed),
      sortValue: (p) => p.listed,
      numeric: true,
    },
    {
      id: 'undated',
      header: t('where.undated'),
      cell: (p) => format.number(p.undated),
      sortValue: (p) => p.undated,
      numeric: true,
    },
  ];
  return (
    <DataTable
      caption={t('where.tableCaption')}
      rows={tiles}
      columns={columns}
      rowKey={(p) => p.id}
      initialSort={{ column: 'stated', direction: 'descending' }}
    />
  );
}

export function provinceCsv(tiles: readonly ProvinceTile[], t: GrowthT) {
  return {
    header: [
      t('where.province'),
      t('common:table.region'),
      t('measure.stated'),
      t('where.statedDate'),
      t('table.note'),
      t('common:table.source'),
      t('measure.listed'),
      t('where.undated'),
    ],
    rows: tiles.map((p) => [
      t(dataKey('regions', `province.${p.id}`)),
      t(dataKey('regions', `region.${p.region}`)),
      p.stated?.count ?? t('where.noData'),
      p.stated
        ? p.stated.date_approx
          ? t('common:source.approxDate', { date: p.stated.as_of })
          : p.stated.as_of
        : '',
      (p.stated?.scope_note ?? []).map((k) => t(dataKey('notes', `provinceCount.${k}`))).join('; '),
      p.stated?.source ?? '',
      p.listed,
      p.undated,
    ]),
  };
}
