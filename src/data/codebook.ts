/**
 * The codebook of the downloadable dataset, read off the declared tables so it always says what the
 * loader checks: every column with its kind of value, its allowed values and the table it refers to.
 * Plain TypeScript: the words for each column come from locales, keyed by column and kind.
 */
import type { z } from 'zod';
import * as fields from './schema/fields';
import { noteKeys, valueCell } from './schema/tables';
import type { TableDef } from './schema/tableDef';

export type ColumnKind =
  | 'text'
  | 'id'
  | 'optionalId'
  | 'integer'
  | 'optionalInteger'
  | 'decimal'
  | 'value'
  | 'date'
  | 'optionalDate'
  | 'flag'
  | 'url'
  | 'enum'
  | 'list';

export interface CodebookColumn {
  table: string;
  file: string;
  column: string;
  kind: ColumnKind;
  /** The closed list of values an enum column takes ('' shown as is: the column may be empty). */
  values: readonly string[];
  /** The table the column's ids point to, if any. */
  references: string;
}

const KNOWN = new Map<unknown, ColumnKind>([
  [fields.id, 'id'],
  [fields.optionalId, 'optionalId'],
  [fields.integer, 'integer'],
  [fields.optionalInteger, 'optionalInteger'],
  [fields.decimal, 'decimal'],
  [valueCell, 'value'],
  [fields.partialDate, 'date'],
  [fields.optionalPartialDate, 'optionalDate'],
  [fields.flag, 'flag'],
  [fields.optionalUrl, 'url'],
  [fields.httpUrl, 'url'],
  [noteKeys, 'list'],
]);

interface Introspectable {
  def: { type: string; in?: unknown; out?: unknown };
  options?: readonly string[];
}

/** An enum's values, also inside a refine or pipe (a schema with checks keeps its type). */
function enumValues(schema: Introspectable): readonly string[] | null {
  if (schema.def.type === 'enum' && schema.options) return schema.options;
  if (schema.def.type === 'pipe' && schema.def.in) return enumValues(schema.def.in as Introspectable);
  return null;
}

function columnKind(schema: z.ZodType): { kind: ColumnKind; values: readonly string[] } {
  const known = KNOWN.get(schema);
  if (known) return { kind: known, values: [] };
  const values = enumValues(schema as unknown as Introspectable);
  if (values) return { kind: 'enum', values };
  const type = (schema as unknown as Introspectable).def.type;
  // spaceList(...) is a text cell piped into an array: a list.
  if (type === 'pipe' && (schema as unknown as Introspectable).def.out) {
    const out = (schema as unknown as Introspectable).def.out as Introspectable;
    if (out.def.type === 'array') return { kind: 'list', values: [] };
  }
  if (type === 'number') return { kind: 'integer', values: [] };
  return { kind: 'text', values: [] };
}

export function codebookColumns(tables: Record<string, TableDef>): CodebookColumn[] {
  return Object.entries(tables).flatMap(([table, def]) => {
    const shape = def.schema.shape as Record<string, z.ZodType>;
    return Object.entries(shape).map(([column, schema]) => {
      const { kind, values } = columnKind(schema);
      const ref = def.references?.find((r) => r.column === column);
      return { table, file: def.file, column, kind, values, references: ref ? String(ref.table) : '' };
    });
  });
}
