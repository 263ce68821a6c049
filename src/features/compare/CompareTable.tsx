import { useMemo } from 'react';
import type { CompareRow } from '../../data/selectors/compare/select';
import { observationCitations } from '../../ui/citations';
import { DataTable, type Column } from '../../ui/DataTable';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { usePanelWords } from './panelWords';
import { usePublisherName } from '../../ui/Citation';
import { REGIONS } from '../../data/schema/enums';
import { dataKey } from '../../i18n/keys';

/** Exactly the figures the chart draws, one row per source statement, sortable; the chart's accessible alternative. */
export function CompareTable({
  rows,
  caption,
  indexed,
}: {
  rows: readonly CompareRow[];
  caption: string;
  indexed: boolean;
}) {
  const { t, value, format } = usePanelWords();
  const dataset = useDataset();
  const columns = useMemo<Column<CompareRow>[]>(() => {
    const cols: Column<CompareRow>[] = [
      {
        id: 'indicator',
        header: t('table.indicator'),
        rowHeader: true,
        cell: (r) => t(dataKey('indicators', `${r.line.indicator}.name`)),
        sortValue: (r) => t(dataKey('indicators', `${r.line.indicator}.name`)),
      },
      {
        id: 'region',
        header: t('table.region'),
        cell: (r) => t(`regions:region.${r.line.region}`),
        sortValue: (r) => t(`regions:region.${r.line.region}`),
      },
      {
        id: 'year',
        header: t('table.year'),
        numeric: true,
        cell: (r) => format.year(r.year),
        sortValue: (r) => r.year,
      },
      {
        id: 'period',
        header: t('table.period'),
        cell: (r) => format.period(r.observation.period, r.observation.year),
      },
      {
        id: 'value',
        header: indexed ? t('table.index') : t('table.value'),
        numeric: true,
        cell: (r) => (
          <>
            {value(r.line, r.statement)}
            {r.disputed && (
              <span className="badge compare-badge" data-conflict={r.conflictId ?? undefined}>
                {t('table.disputed')}
              </span>
            )}
            {r.marks.map((m) => (
              <span key={m} className="compare-badge--quiet" title={t(`common:disagreement.markHelp.${m}`)}>
                {t(`common:disagreement.mark.${m}`)}
              </span>
            ))}
          </>
        ),
        sortValue: (r) => r.statement.value,
      },
      ...(indexed
        ? [
            {
              id: 'stated',
              header: t('table.stated'),
              numeric: true,
              cell: (r: CompareRow) => format.stated(r.statement.stated),
              sortValue: (r: CompareRow) => r.statement.stated.value,
            },
          ]
        : []),
      {
        id: 'series',
        header: t('table.series'),
        cell: (r) => t(`common:series.${r.observation.series}`),
        sortValue: (r) => r.observation.series,
      },
      {
        id: 'zones',
        header: t('table.zones'),
        numeric: true,
        cell: (r) =>
          r.observation.zoneBasis === null
            ? t('tooltip.zonesUnknown')
            : format.number(r.observation.zoneBasis),
        sortValue: (r) => r.observation.zoneBasis,
      },
      {
        id: 'source',
        header: t('table.source'),
        cell: (r) => {
          const source = dataset.sources.get(r.observation.source);
          return (
            <span className="compare-source">
              <span lang={source?.language}>{source?.title}</span>
              <span className="muted small">
                {source?.date ? format.date(source.date) : t('common:source.undated')}
              </span>
              <SourceButton
                items={observationCitations(dataset, [r.observation])}
                subject={t('table.subject', {
                  name: t(dataKey('indicators', `${r.line.indicator}.name`)),
                  year: format.year(r.year),
                })}
              />
            </span>
          );
        },
        sortValue: (r) => dataset.sources.get(r.observation.source)?.title ?? null,
      },
    ];
    return cols;
  }, [t, format, value, indexed, dataset]);
  return (
    <DataTable
      caption={caption}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      initialSort={{ column: 'year', direction: 'ascending' }}
    />
  );
}

const SERIES_ORDER = ['statistics', 'assessment', 'other'] as const;

/**
 * Rows in the order a spreadsheet reader expects: by indicator (as chosen), region (in the dataset's
 * order), data year, then series. Pure, so the order is tested without a download.
 */
export function csvOrder(rows: readonly CompareRow[]): CompareRow[] {
  const indicators = [...new Set(rows.map((r) => r.line.indicator))];
  return [...rows].sort(
    (a, b) =>
      indicators.indexOf(a.line.indicator) - indicators.indexOf(b.line.indicator) ||
      REGIONS.indexOf(a.line.region) - REGIONS.indexOf(b.line.region) ||
      a.year - b.year ||
      SERIES_ORDER.indexOf(a.observation.series) - SERIES_ORDER.indexOf(b.observation.series) ||
      a.statement.stated.value - b.statement.stated.value,
  );
}

/**
 * The table's rows as CSV: numbers as numbers (in the dataset unit named in `unit`), the qualifier
 * apart, the figure as stated, and each row's source. The header is in the page's language (English
 * headers are the column names a script reads).
 */
export function useCsvRows(rows: readonly CompareRow[], indexed: boolean) {
  const { t, format } = usePanelWords();
  const dataset = useDataset();
  const publisher = usePublisherName();
  return () => ({
    header: [
      t('csv.indicator'),
      t('csv.indicator_id'),
      t('csv.region'),
      t('csv.data_year'),
      t('csv.period'),
      t('csv.value'),
      ...(indexed ? [t('csv.index')] : []),
      t('csv.unit'),
      t('csv.qualifier'),
      t('csv.stated'),
      t('csv.series'),
      t('csv.zones'),
      t('csv.source_title'),
      t('csv.publisher'),
      t('csv.source_date'),
      t('csv.url'),
      t('csv.quote'),
    ],
    rows: csvOrder(rows).map((r) => {
      const source = dataset.sources.get(r.observation.source);
      const o = r.observation;
      return [
        t(dataKey('indicators', `${r.line.indicator}.name`)),
        r.line.indicator,
        t(`regions:region.${r.line.region}`),
        r.year,
        format.period(o.period, o.year),
        o.value,
        ...(indexed ? [Number(r.statement.value.toFixed(1))] : []),
        o.unit,
        o.qualifier,
        format.stated(o),
        t(`common:series.${o.series}`),
        o.zoneBasis,
        source?.title,
        source ? publisher(source).text : undefined,
        source?.date,
        source?.url,
        o.quote,
      ];
    }),
  });
}
