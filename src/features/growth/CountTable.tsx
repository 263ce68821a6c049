import { useTranslation } from 'react-i18next';
import type { CountStatement } from '../../data/selectors/growth/counts';
import { useFormat } from '../../i18n/useFormat';
import { zoneCountCitations } from '../../ui/citations';
import { DataTable, type Column } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { dataKey } from '../../i18n/keys';
import { GROWTH_NS, type GrowthT } from './texts';

/** Every dated national statement with its kind, notes and source; the chart's accessible twin. */
export function CountTable({ rows }: { rows: readonly CountStatement[] }) {
  const { t } = useTranslation(GROWTH_NS);
  const format = useFormat();
  const dataset = useDataset();
  const columns: Column<CountStatement>[] = [
    {
      id: 'date',
      header: t('common:table.date'),
      cell: (r) => {
        const date = r.date_approx
          ? t('common:source.approxDate', { date: format.date(r.date) })
          : format.date(r.date);
        // A count stated later than the date it describes says both: "Jun 2004 (stated Aug 10, 2004)".
        return r.stated ? t('atYear.statedLater', { date, stated: format.date(r.stated) }) : date;
      },
      sortValue: (r) => r.date,
      rowHeader: true,
    },
    {
      id: 'count',
      header: t('table.count'),
      cell: (r) => <Figure figure={r} />,
      sortValue: (r) => r.value,
      numeric: true,
    },
    {
      id: 'kind',
      header: t('table.kind'),
      cell: (r) => t(`kind.${r.kind}`),
      sortValue: (r) => t(`kind.${r.kind}`),
    },
    {
      id: 'note',
      header: t('table.note'),
      cell: (r) => (
        <>
          {r.conflict && (
            <span className="conflict" data-conflict={`zone-counts|${r.kind}|${r.year}`}>
              <Icon glyph="warning" /> {t('conflict.short')}
            </span>
          )}{' '}
          {r.note.map((k) => t(dataKey('notes', `zoneCount.${k}`))).join(t('common:list.separator'))}
        </>
      ),
    },
    {
      id: 'source',
      header: t('common:table.source'),
      cell: (r) => <SourceButton items={zoneCountCitations(dataset, [r])} subject={format.date(r.date)} />,
    },
  ];
  return (
    <DataTable caption={t('count.title')} rows={rows} columns={columns} rowKey={(r) => String(r.line)} />
  );
}

/** The same statements as CSV, headed in the current language, with source id and quote. */
export function countCsv(rows: readonly CountStatement[], t: GrowthT) {
  return {
    header: [
      t('common:table.date'),
      t('table.approx'),
      t('where.statedColumn'),
      t('table.kind'),
      t('table.count'),
      t('table.qualifier'),
      t('table.conflict'),
      t('table.note'),
      t('common:table.source'),
      t('table.quote'),
    ],
    rows: rows.map((r) => [
      r.date,
      r.date_approx ? t('table.yes') : '',
      r.stated,
      t(`kind.${r.kind}`),
      r.value,
      r.qualifier,
      r.conflict ? t('table.yes') : '',
      r.note.map((k) => t(dataKey('notes', `zoneCount.${k}`))).join('; '),
      r.source,
      r.quote,
    ]),
  };
}
