import type { DataIssue } from './issues';

/**
 * A column that holds ids of another table's rows. A cell holds one id, or a list of them; an empty
 * cell or list refers to nothing (an optional reference).
 */
export interface Reference<Row, Name extends string = string> {
  column: Extract<keyof Row, string>;
  table: Name;
  /** The ids a row refers to when they are not the cell itself, e.g. an id made of two cells. */
  ids?(row: Row): readonly string[];
}

/** A table other rows may refer to, as far as the messages and the check need it. */
export interface ReferenceTarget {
  file: string;
  /** What one row is called: "province" in `unknown province id "x"`. */
  noun: string;
  ids: ReadonlySet<string>;
}

/** Where a row is wrong and why; the caller adds the file and line. */
export interface RowProblem {
  column: string;
  reason: string;
}

function idsIn(row: object, column: string): readonly string[] {
  const cell: unknown = (row as Record<string, unknown>)[column];
  if (typeof cell === 'string') return cell === '' ? [] : [cell];
  return Array.isArray(cell) ? cell.filter((c): c is string => typeof c === 'string') : [];
}

/**
 * The one check of every declared reference, in the order declared: the first id that is not in its
 * table, named with the table it should be in. Null when every reference resolves.
 */
export function unknownReference<Row extends object, Name extends string>(
  row: Row,
  references: readonly Reference<Row, Name>[],
  target: (table: Name) => ReferenceTarget,
): RowProblem | null {
  for (const ref of references) {
    const { file, noun, ids } = target(ref.table);
    const unknown = (ref.ids?.(row) ?? idsIn(row, ref.column)).find((id) => !ids.has(id));
    if (unknown !== undefined)
      return { column: ref.column, reason: `unknown ${noun} id "${unknown}" (not in ${file})` };
  }
  return null;
}

/** Rows by id; a repeated id is reported with the line of its first use and the repeat left out. */
export function indexById<T extends { line: number }>(
  file: string,
  rows: readonly T[],
  issues: DataIssue[],
  idOf: (row: T) => string,
  column = 'id',
): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const id = idOf(row);
    const first = map.get(id);
    if (first) {
      issues.push({
        file,
        line: row.line,
        column,
        reason: `duplicate id "${id}" (first on line ${first.line})`,
      });
      continue;
    }
    map.set(id, row);
  }
  return map;
}
