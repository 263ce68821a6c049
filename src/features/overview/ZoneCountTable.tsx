import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Dataset, ZoneCount } from '../../data/model';
import { useFormat, type Formatters } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { DataTable, type Column } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';

type CountRow = ZoneCount & { value: number; fraction: null; unit: 'count' };

/** The statements behind the zone-count chart, one row each, with their sources. */
export function ZoneCountTable({ rows }: { rows: readonly CountRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  const columns: Column<CountRow>[] = [
    {
      id: 'date',
      header: t('table.date'),
      cell: (r) => shownDate(r, format, t),
      sortValue: (r) => r.date,
      rowHeader: true,
    },
    {
      id: 'count',
      header: t('overview.zoneCount'),
      cell: (r) => <Figure figure={r} />,
      sortValue: (r) => r.value,
      numeric: true,
    },
    {
      id: 'source',
      header: t('table.source'),
      cell: (r) => <SourceButton items={zoneCountCitations(dataset, [r])} subject={format.date(r.date)} />,
    },
  ];
  return (
    <DataTable
      caption={t('overview.zoneCountChart.title')}
      rows={rows}
      columns={columns}
      rowKey={(r) => String(r.line)}
      initialSort={{ column: 'date', direction: 'ascending' }}
    />
  );
}

const shownDate = (r: ZoneCount, format: Formatters, t: TFunction) =>
  r.date_approx ? t('source.approxDate', { date: format.date(r.date) }) : format.date(r.date);

/** The same statements as CSV in the reader's language, each with its source and quote. */
export function zoneCountCsv(rows: readonly CountRow[], dataset: Dataset, t: TFunction, format: Formatters) {
  return {
    header: [
      t('table.date'),
      t('overview.zoneCount'),
      t('table.source'),
      t('source.date'),
      t('source.address'),
      t('table.quote'),
    ],
    rows: rows.map((r) => {
      const source = dataset.sources.get(r.source);
      const date = r.date_approx ? t('source.approxDate', { date: r.date }) : r.date;
      return [date, format.stated(r), source?.title, source?.date, source?.url, r.quote];
    }),
  };
}
