import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareRow } from '../../data/selectors/compare/select';
import { observationCitations } from '../../ui/citations';
import { DataTable, type Column } from '../../ui/DataTable';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { useLabels } from './useLabels';
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
  const { t } = useTranslation(['compare', 'common', 'indicators', 'regions']);
  const dataset = useDataset();
  const { value, format } = useLabels();
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

/** The table's rows as CSV cells, sources included. */
export function useCsvRows(rows: readonly CompareRow[], indexed: boolean) {
  const { t } = useTranslation(['compare', 'common', 'indicators', 'regions']);
  const dataset = useDataset();
  const { value, format } = useLabels();
  return () => ({
    header: [
      t('table.indicator'),
      t('table.region'),
      t('table.year'),
      t('table.period'),
      indexed ? t('table.index') : t('table.value'),
      t('table.stated'),
      t('table.series'),
      t('table.zones'),
      t('table.source'),
      t('table.sourceDate'),
      t('table.address'),
      t('table.quote'),
    ],
    rows: rows.map((r) => {
      const source = dataset.sources.get(r.observation.source);
      return [
        t(dataKey('indicators', `${r.line.indicator}.name`)),
        t(`regions:region.${r.line.region}`),
        r.year,
        format.period(r.observation.period, r.observation.year),
        value(r.line, r.statement),
        format.stated(r.statement.stated),
        t(`common:series.${r.observation.series}`),
        r.observation.zoneBasis,
        source?.title,
        source?.date,
        source?.url,
        r.observation.quote,
      ];
    }),
  });
}
