import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';

export interface Column<R> {
  id: string;
  header: ReactNode;
  cell(row: R): ReactNode;
  /** What the column sorts by; columns without it are not sortable. null sorts last either way. */
  sortValue?(row: R): string | number | null;
  numeric?: boolean;
  /** Marks the column whose cell names the row (rendered as a row header). */
  rowHeader?: boolean;
}

/** Arrows are symbols, not words: the visually hidden text and aria-sort carry the meaning. */
const SORT_MARK = { ascending: '▲', descending: '▼', none: '↕' } as const;

const NOT_SORTED = 'none';

export interface SortState {
  column: string;
  direction: 'ascending' | 'descending';
}

interface DataTableProps<R> {
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey(row: R): string;
  initialSort?: SortState;
  /** Shown in place of the body when there are no rows. */
  empty?: ReactNode;
  rowClassName?(row: R): string | undefined;
  rowId?(row: R): string | undefined;
  /**
   * Rows shown at once; the rest are a page away. Sorting orders every row, then shows the first page.
   * For tables that can hold thousands of rows, each costly to draw.
   */
  pageSize?: number;
}

/** Pure: the rows ordered by one column, nulls last, text compared in the current language. */
export function sortRows<R>(
  rows: readonly R[],
  column: Column<R> | undefined,
  direction: SortState['direction'],
  lang: string,
): R[] {
  if (!column?.sortValue) return [...rows];
  const collator = new Intl.Collator(lang, { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const value = column.sortValue;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null)
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const c =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}

/** A table whose sortable column headers are buttons; aria-sort tells screen readers the order. */
export function DataTable<R>({
  caption,
  rows,
  columns,
  rowKey,
  initialSort,
  empty,
  rowClassName,
  rowId,
  pageSize,
}: DataTableProps<R>) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [page, setPage] = useState(0);
  const sorted = useMemo(
    () =>
      sort
        ? sortRows(
            rows,
            columns.find((c) => c.id === sort.column),
            sort.direction,
            i18n.language,
          )
        : rows,
    [rows, columns, sort, i18n.language],
  );
  const toggle = (column: string) => {
    setSort((s) => ({
      column,
      direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
    setPage(0);
  };
  const pages = pageSize ? Math.max(1, Math.ceil(sorted.length / pageSize)) : 1;
  // Fewer rows than before (new data) must not leave the table on a page past its end.
  const current = Math.min(page, pages - 1);
  const shown = pageSize ? sorted.slice(current * pageSize, (current + 1) * pageSize) : sorted;

  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={active ? sort.direction : c.sortValue ? 'none' : undefined}
                >
                  {c.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(c.id)}>
                      {c.header}
                      <span className="sort-button__mark" aria-hidden="true">
                        {SORT_MARK[active ? sort.direction : NOT_SORTED]}
                      </span>
                      <span className="visually-hidden">{t('table.sortBy')}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            shown.map((row) => (
              <tr key={rowKey(row)} id={rowId?.(row)} className={rowClassName?.(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.id} scope="row" className={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.id} className={c.numeric ? 'num' : undefined}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {pages > 1 && pageSize && (
        <nav className="table-pager" aria-label={t('table.pages', { caption })}>
          <span aria-live="polite">
            {t('table.pageRange', {
              from: format.number(current * pageSize + 1),
              to: format.number(current * pageSize + shown.length),
              total: format.number(sorted.length),
            })}
          </span>
          <span className="table-pager__buttons">
            <button
              type="button"
              className="button button--quiet"
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              {t('table.previousPage')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={current === pages - 1}
              onClick={() => setPage(current + 1)}
            >
              {t('table.nextPage')}
            </button>
          </span>
        </nav>
      )}
    </div>
  );
}
