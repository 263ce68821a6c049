import type { z } from 'zod';
import type { Reference } from '../references';

/** One CSV table: its file, its row schema, its id (if other rows refer to it) and its references. */
export interface TableDef<S extends z.ZodObject = z.ZodObject, Name extends string = string> {
  file: string;
  schema: S;
  key?: TableKey<z.output<S>>;
  /** Checked in the order declared; the first unknown id of a row is reported. */
  references?: readonly Reference<z.output<S>, Name>[];
}

export interface TableKey<Row> {
  /** What one row is called in messages: "province" in `unknown province id "x"`. */
  noun: string;
  /** The column a duplicate id is reported in. */
  column: Extract<keyof Row, string>;
  /** The id when it is not the column's cell, e.g. made of two cells. */
  id?(row: Row): string;
}

/**
 * Declares the tables of one loader; `Name` lists them, so a reference to a table that does not
 * exist, or from a column the table does not have, fails the type check.
 */
export const tableDefs =
  <Name extends string>() =>
  <S extends z.ZodObject>(def: TableDef<S, Name>): TableDef<S, Name> =>
    def;
