import type { TFunction } from 'i18next';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { consistentDifferences, disagreementCount, flaggedConflicts } from '../../data/selectors/conflicts';
import { useFormat, type Formatters } from '../../i18n/useFormat';
import { CsvButton } from '../../ui/CsvButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { Loading } from '../../ui/Loading';
import { AgreementMarks, Explanation } from '../../ui/Disagreement';
import { figureMark } from '../../ui/Figure';
import { SourceButton } from '../../ui/SourceButton';
import { useDataset } from '../../ui/useDataset';
import { CONFLICT_PAGE, conflictRows, type ConflictRow } from './conflictRows';
import { dataKey } from '../../i18n/keys';
import { CONFLICT_NS } from './texts';
import { useDrawnLater } from '../../ui/useDrawnLater';

/** A row's versions; the list's own formatters draw the figures, rather than a hook in each of its ≈160. */
function Versions({
  row,
  format,
  flagged = false,
}: {
  row: ConflictRow;
  format: Formatters;
  flagged?: boolean;
}) {
  return (
    <ul className="versions" data-listed-conflict={flagged ? row.id : undefined}>
      {row.versions.map((v, i) => (
        <li key={i}>
          {v.figure ? figureMark(v.figure, format) : <strong>{v.text}</strong>}{' '}
          {v.detail && <span className="muted">{v.detail}</span>}{' '}
          <SourceButton items={v.citations} subject={`${row.subject} · ${row.when}`} />
        </li>
      ))}
    </ul>
  );
}

const CSV_NAME = 'etdz-conflicts';

/** The flagged disagreements as rows, kept while nothing they show changes (a row's versions are worked out once). */
function useConflictRows() {
  const { t } = useTranslation(CONFLICT_NS);
  const format = useFormat();
  const dataset = useDataset();
  return useMemo(() => conflictRows(dataset, flaggedConflicts(dataset), t, format), [dataset, t, format]);
}

/**
 * Every disagreement the dashboard flags anywhere (figures, zone counts, zone dates, ranks), each once,
 * with every version and why the sources differ; then the differences that are only rounding or bounds.
 * Its heading and count come with the dataset's core (the build counted them) and paint first; the rows
 * need every figure group and the detail tables, and follow in their place once they are `ready`
 * (useEveryPart).
 */
export function ConflictList({ ready }: { ready: boolean }) {
  const { t } = useTranslation(CONFLICT_NS);
  const count = disagreementCount(useDataset());
  // Until the rows are there: the download held, unavailable; the table's place (its loading line shows
  // only if the wait is long enough to notice).
  const heldCsv = <CsvButton filename={CSV_NAME} />;
  const place = (
    <div className="drawn-later" aria-busy="true">
      <Loading />
    </div>
  );
  return (
    <section aria-labelledby="conflicts-title" className="panel conflict-list">
      <header className="chart-frame__header">
        <h2 id="conflicts-title">{t('sources.conflictsTitle')}</h2>
        <div className="chart-frame__actions">
          {ready ? (
            <Suspense fallback={heldCsv}>
              <ConflictCsvButton />
            </Suspense>
          ) : (
            heldCsv
          )}
        </div>
      </header>
      <p className="muted" data-conflict-count={count}>
        {t('sources.conflictsIntro', { count })}
      </p>
      <p className="muted small">{t('sources.ruleNote')}</p>
      {ready ? (
        <Suspense fallback={place}>
          <ConflictTables />
        </Suspense>
      ) : (
        place
      )}
    </section>
  );
}

function ConflictCsvButton() {
  const { t } = useTranslation(CONFLICT_NS);
  const format = useFormat();
  const rows = useConflictRows();
  return <CsvButton filename={CSV_NAME} build={() => conflictCsv(rows, t, format)} />;
}

/** The disagreements' table, then the folded list of differences that are not disagreements. */
function ConflictTables() {
  const { t } = useTranslation(CONFLICT_NS);
  const format = useFormat();
  const dataset = useDataset();
  const rows = useConflictRows();
  const quiet = consistentDifferences(dataset);
  const quietRows = useMemo(() => conflictRows(dataset, quiet, t, format), [dataset, quiet, t, format]);
  // Folded, and below the table: its versions and sources (≈700 elements) need not hold back the first paint.
  const drawn = useDrawnLater();
  const columns: Column<ConflictRow>[] = [
    {
      id: 'subject',
      header: t('sources.what'),
      cell: (r) => r.subject,
      sortValue: (r) => r.subject,
      rowHeader: true,
    },
    { id: 'when', header: t('table.period'), cell: (r) => r.when, sortValue: (r) => r.sortYear },
    {
      id: 'versions',
      header: t('sources.versions'),
      cell: (r) => <Versions row={r} format={format} flagged />,
    },
    { id: 'why', header: t('sources.why'), cell: (r) => <Explanation explanation={r.explanation} compact /> },
  ];
  return (
    <>
      <DataTable
        caption={t('sources.conflictsTitle')}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        rowId={(r) => `conflict-${r.id.replace(/[^a-z0-9_-]/gi, '-')}`}
        initialSort={{ column: 'when', direction: 'descending' }}
        pageSize={CONFLICT_PAGE}
      />
      {quietRows.length > 0 && (
        <details className="consistent-list">
          <summary>{t('sources.consistentTitle', { count: quietRows.length })}</summary>
          <p className="muted small">{t('sources.consistentIntro')}</p>
          <ul className="consistent-list__items">
            {drawn &&
              quietRows.map((r, i) => (
                <li key={r.id}>
                  <span>
                    {r.subject} · {r.when}:
                  </span>{' '}
                  <Versions row={r} format={format} />
                  <AgreementMarks marks={quiet[i]?.group.assessment.marks ?? []} />
                </li>
              ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Every version of every disagreement, one row per source, with why they differ, in the reader's language. */
export function conflictCsv(
  rows: readonly ConflictRow[],
  t: TFunction<typeof CONFLICT_NS>,
  format: Formatters,
) {
  return {
    header: [
      t('sources.what'),
      t('table.period'),
      t('table.stated'),
      t('sources.versionDetail'),
      t('table.source'),
      t('source.date'),
      t('source.address'),
      t('table.quote'),
      t('sources.why'),
    ],
    rows: rows.flatMap((r) => {
      const why = r.explanation
        ? [
            ...r.explanation.explain.map((k) => t(dataKey('notes', `explain.${k}`))),
            ...r.explanation.note.map((k) => t(dataKey('notes', `conflict.${k}`))),
          ].join(' ')
        : t('notes:explain.unknown');
      return r.versions.flatMap((v) =>
        v.citations.map((c) => [
          r.subject,
          r.when,
          v.figure ? format.stated(v.figure) : v.text,
          v.detail,
          c.source.title,
          c.source.date_approx && c.source.date
            ? t('source.approxDate', { date: c.source.date })
            : c.source.date,
          c.source.url,
          c.quote,
          why,
        ]),
      );
    }),
  };
}
