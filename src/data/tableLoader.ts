import type { z } from 'zod';
import type { DataIssue } from './issues';
import { parseCsvTable } from './parse';
import { indexById, unknownReference, type ReferenceTarget, type RowProblem } from './references';
import type { TableDef } from './schema/tableDef';

export type RowOf<D extends TableDef> = z.output<D['schema']> & { line: number };

/** A rule one row must keep beyond its schema and references; checked only once its references resolve. */
export type RowRule<Row> = (row: Row) => RowProblem | null;

/**
 * Loads tables one at a time, each after the tables it refers to: parses the rows, drops repeated
 * ids, then checks every declared reference and the table's own rule. A bad row is reported with file,
 * line, column and reason and left out, so rows that refer to it are reported in turn and the rest loads.
 */
export function tableLoader<Name extends string, Defs extends Record<Name, TableDef<z.ZodObject, Name>>>(
  defs: Defs,
  texts: Record<Name, string>,
  issues: DataIssue[],
) {
  const loaded = new Map<Name, ReferenceTarget>();
  return function load<K extends Name>(name: K, rule?: RowRule<RowOf<Defs[K]>>): RowOf<Defs[K]>[] {
    const def: TableDef<z.ZodObject, Name> = defs[name];
    const { file, key } = def;
    const parsed = parseCsvTable(file, texts[name], def.schema);
    issues.push(...parsed.issues);
    const idOf = (row: object) =>
      key?.id
        ? key.id(row as z.output<z.ZodObject>)
        : String((row as Record<string, unknown>)[key?.column ?? '']);
    const rows = key ? [...indexById(file, parsed.rows, issues, idOf, key.column).values()] : parsed.rows;
    // A table may refer to itself (an indicator to its base indicator): those ids are known before its check.
    const own = key ? { file, noun: key.noun, ids: new Set(rows.map(idOf)) } : undefined;
    const target = (table: Name): ReferenceTarget => {
      const found = table === name ? own : loaded.get(table);
      if (!found) throw new Error(`${file} refers to ${table}, which must be loaded first and have an id`);
      return found;
    };
    const kept = (rows as RowOf<Defs[K]>[]).filter((row) => {
      const problem = unknownReference(row, def.references ?? [], target) ?? rule?.(row) ?? null;
      if (problem) issues.push({ file, line: row.line, ...problem });
      return problem === null;
    });
    if (key) loaded.set(name, { file, noun: key.noun, ids: new Set(kept.map(idOf)) });
    return kept;
  };
}
