import { z } from 'zod';
import { QUALIFIERS } from './enums';
import { PARTIAL_DATE } from './partialDate';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod's compiled fast path (and even
// its probe for it, new Function) is refused there and reported as a violation. Every table's schema is
// built from these fields, so this runs first; the plain path checks the same.
z.config({ jitless: true });

/** Column parsers shared by every table (dataset and policy): CSV cells arrive as strings and leave typed. */

export const text = z.string().refine((s) => !/[\r\n]/.test(s), 'line breaks are not allowed inside a cell');

export const requiredText = text.refine((s) => s.trim().length > 0, 'must not be empty');

export const optionalText = text.transform((s) => s.trim());

export const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'must be a lowercase id (a-z, 0-9, _ . -)');

export const optionalId = z.union([z.literal(''), id]);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const list = values.map((v) => (v === '' ? '(empty)' : v)).join(', ');
  return z.enum(values, { error: `unknown ${what}; expected one of: ${list}` });
}

export const qualifier = oneOf(QUALIFIERS, 'qualifier');

export const integer = z
  .string()
  .regex(/^-?\d+$/, 'must be a whole number')
  .transform((s) => Number.parseInt(s, 10));

/** An empty cell is null: "not stated", never zero. */
export function orNull<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.union([z.literal('').transform(() => null), schema]);
}

export const optionalInteger = orNull(integer);

export const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a number written with digits and an optional decimal point')
  .transform(Number);

export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const optionalPartialDate = z.union([z.literal(''), partialDate]);

export const flag = z.enum(['yes', 'no'], { error: 'must be yes or no' }).transform((s) => s === 'yes');

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export const optionalUrl = z.union([z.literal(''), httpUrl]);

/** A space-separated list in one cell (ids, addresses: none of them contains a space); empty = none. */
export function spaceList<S extends z.ZodType<unknown, string>>(item: S) {
  return text.transform((s) => s.split(' ').filter(Boolean)).pipe(z.array(item));
}
