import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/model';
import type { Region } from '../../data/schema/enums';
import { conflicts, type Conflict } from '../../data/selectors/sources';
import { useFormat, type Formatters } from '../../i18n/useFormat';
import { observationCitations } from '../../ui/citations';
import { CsvButton } from '../../ui/CsvButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { dataKey } from '../../i18n/keys';

/** The conflict list names indicators and regions beside the app's own texts. */
const CONFLICT_NS = ['common', 'indicators', 'regions'] as const;

/** Known disagreements between sources: every version kept, side by side. */
export function ConflictList() {
  const { t } = useTranslation(CONFLICT_NS);
  const format = useFormat();
  const dataset = useDataset();
  const list = conflicts(dataset);
  const name = (c: Conflict) => t(dataKey('indicators', `${c.indicator}.name`));
  const region = (c: Conflict) => t(`regions:region.${c.region as Region}`);
  const columns: Column<Conflict>[] = [
    { id: 'indicator', header: t('table.indicator'), cell: name, sortValue: name, rowHeader: true },
    {
      id: 'period',
      header: t('table.period'),
      cell: (c) => {
        const first = c.statements[0]?.items[0];
        return first ? format.period(first.period, first.year) : c.year;
      },
      sortValue: (c) => c.year,
    },
    { id: 'region', header: t('table.region'), cell: region, sortValue: region },
    {
      id: 'versions',
      header: t('sources.versions'),
      cell: (c) => (
        <ul className="versions">
          {c.statements.map((s, i) => (
            <li key={i}>
              <Figure figure={s.figure} />{' '}
              <span className="muted">
                {[...new Set(s.items.map((o) => t(`series.${o.series}`)))].join(t('list.separator'))}
              </span>{' '}
              <SourceButton
                items={observationCitations(dataset, s.items)}
                subject={`${name(c)} · ${c.year}`}
              />
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <section aria-labelledby="conflicts-title" className="panel">
      <header className="chart-frame__header">
        <h2 id="conflicts-title">{t('sources.conflictsTitle')}</h2>
        <div className="chart-frame__actions">
          <CsvButton filename="etdz-conflicts" build={() => conflictCsv(list, dataset, t, format)} />
        </div>
      </header>
      <p className="muted">{t('sources.conflictsIntro', { count: list.length })}</p>
      <DataTable
        caption={t('sources.conflictsTitle')}
        rows={list}
        columns={columns}
        rowKey={(c) => c.key}
        initialSort={{ column: 'period', direction: 'descending' }}
      />
    </section>
  );
}

/** Every version of every disputed figure, one row per source, as CSV in the reader's language. */
export function conflictCsv(
  list: readonly Conflict[],
  dataset: Dataset,
  t: TFunction<typeof CONFLICT_NS>,
  format: Formatters,
) {
  return {
    header: [
      t('table.indicator'),
      t('table.region'),
      t('table.year'),
      t('table.period'),
      t('table.stated'),
      t('source.series'),
      t('table.source'),
      t('source.date'),
      t('source.address'),
      t('table.quote'),
    ],
    rows: list.flatMap((c) =>
      c.statements.flatMap((s) =>
        s.items.map((o) => {
          const source = dataset.sources.get(o.source);
          return [
            t(dataKey('indicators', `${c.indicator}.name`)),
            t(`regions:region.${c.region as Region}`),
            o.year,
            format.period(o.period, o.year),
            format.stated(o),
            t(`series.${o.series}`),
            source?.title,
            source?.date,
            source?.url,
            o.quote,
          ];
        }),
      ),
    ),
  };
}
