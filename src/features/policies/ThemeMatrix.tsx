import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyData } from '../../data/policy/model';
import { themeMatrix, type ThemeRow } from '../../data/selectors/policies/matrix';
import { useFormat } from '../../i18n/useFormat';
import { CsvButton } from '../../ui/CsvButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { dataKey } from '../../i18n/keys';

interface Props {
  data: PolicyData;
  selectedDoc: string | null;
  selectedTags: readonly string[];
  onSelect(doc: string, tag: string): void;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Theme × document: how many measures of each document carry each theme, as a table whose cells
 * are shaded by count and always show the number. Arrow keys move between cells (one cell in the
 * tab order); Enter or a click filters the list to that document and theme.
 */
export function ThemeMatrix({ data, selectedDoc, selectedTags, onSelect }: Props) {
  const { t } = useTranslation(['policies']);
  const format = useFormat();
  const matrix = themeMatrix(data);
  const [cell, setCell] = useState<[number, number]>([0, matrix.documents.length - 1]);
  const gridRef = useRef<HTMLDivElement>(null);
  const rowIndex = useMemo(() => new Map(matrix.rows.map((r, i) => [r.tag, i])), [matrix]);
  const docName = (doc: string) => t(dataKey('policies', `documents.${doc}.short`));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = MOVES[event.key];
    let [r, c] = cell;
    if (move) [r, c] = [r + move[0], c + move[1]];
    else if (event.key === 'Home') c = 0;
    else if (event.key === 'End') c = matrix.documents.length - 1;
    else return;
    event.preventDefault();
    r = Math.max(0, Math.min(matrix.rows.length - 1, r));
    c = Math.max(0, Math.min(matrix.documents.length - 1, c));
    setCell([r, c]);
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };

  const columns: Column<ThemeRow>[] = [
    {
      id: 'theme',
      header: t('ui.matrix.theme'),
      cell: (row) => t(dataKey('policies', `tags.${row.tag}`)),
      rowHeader: true,
    },
    ...matrix.documents.map((doc, c): Column<ThemeRow> => ({
      id: doc,
      numeric: true,
      header: (
        <span className="policy-matrix__doc">
          {docName(doc)}
          <span className="policy-matrix__year">
            {format.date(data.documents.find((d) => d.id === doc)!.date.slice(0, 4))}
          </span>
        </span>
      ),
      cell: (row) => {
        const r = rowIndex.get(row.tag)!;
        const count = row.counts[c]!;
        const style = { '--heat': matrix.max > 0 ? count / matrix.max : 0 } as CSSProperties;
        return (
          <button
            type="button"
            className={`policy-matrix__cell${count === 0 ? ' policy-matrix__cell--zero' : ''}`}
            style={style}
            data-cell={`${r}:${c}`}
            tabIndex={cell[0] === r && cell[1] === c ? 0 : -1}
            aria-pressed={selectedDoc === doc && selectedTags.length === 1 && selectedTags[0] === row.tag}
            aria-label={t('ui.matrix.cellLabel', {
              count,
              theme: t(dataKey('policies', `tags.${row.tag}`)),
              document: docName(doc),
            })}
            onFocus={() => setCell([r, c])}
            onKeyDown={onKeyDown}
            onClick={() => onSelect(doc, row.tag)}
          >
            {format.number(count)}
          </button>
        );
      },
    })),
    { id: 'total', header: t('ui.matrix.total'), numeric: true, cell: (row) => format.number(row.total) },
  ];

  return (
    <section className="panel policy-matrix" aria-labelledby="policy-matrix-title">
      <header className="chart-frame__header">
        <div>
          <h2 id="policy-matrix-title">{t('ui.matrix.title')}</h2>
          <p className="chart-frame__subtitle">{t('ui.matrix.subtitle')}</p>
        </div>
        <div className="chart-frame__actions">
          <CsvButton
            filename="policy-themes"
            build={() => ({
              header: [t('ui.matrix.theme'), ...matrix.documents.map(docName), t('ui.matrix.total')],
              rows: matrix.rows.map((row) => [
                t(dataKey('policies', `tags.${row.tag}`)),
                ...row.counts,
                row.total,
              ]),
            })}
          />
        </div>
      </header>
      <p className="muted small">{t('ui.matrix.keys')}</p>
      <div ref={gridRef}>
        <DataTable
          caption={t('ui.matrix.title')}
          rows={matrix.rows}
          columns={columns}
          rowKey={(row) => row.tag}
        />
      </div>
      <p className="chart-frame__source">{t('ui.matrix.source')}</p>
    </section>
  );
}
