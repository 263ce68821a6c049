import { z } from 'zod';
import { QUALIFIERS } from './enums';
import { isAfter, isCalendarDate, PARTIAL_DATE, todayIso } from './partialDate';

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

/** More digits than a figure can carry exactly: a 400-digit cell would read as Infinity. */
export const MAX_DIGITS = 15;
const tooLong = (s: string) => s.replace(/[^0-9]/g, '').length > MAX_DIGITS;

export const integer = z
  .string()
  .regex(/^-?\d+$/, 'must be a whole number')
  .refine((s) => !tooLong(s), `has more than ${MAX_DIGITS} digits`)
  .transform((s) => Number.parseInt(s, 10));

/** A count of zones, firms or places: never negative. */
export const count = integer.refine((n) => n >= 0, 'a count cannot be negative');

/** An empty cell is null: "not stated", never zero. */
export function orNull<S extends z.ZodType<unknown, string>>(schema: S) {
  return z.union([z.literal('').transform(() => null), schema]);
}

export const optionalInteger = orNull(integer);

export const optionalCount = orNull(count);

export const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a number written with digits and an optional decimal point')
  .refine((s) => !tooLong(s), `has more than ${MAX_DIGITS} digits`)
  .transform(Number);

/** A date as precise as the source states it, that exists in the calendar and has already come. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a day of the calendar')
  .refine((s) => !isAfter(s, todayIso()), 'lies in the future: a source cannot state it yet');

export const optionalPartialDate = z.union([z.literal(''), partialDate]);

export const flag = z.enum(['yes', 'no'], { error: 'must be yes or no' }).transform((s) => s === 'yes');

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export const optionalUrl = z.union([z.literal(''), httpUrl]);

/** A space-separated list in one cell (ids, addresses: none of them contains a space); empty = none. */
export function spaceList<S extends z.ZodType<unknown, string>>(item: S) {
  return text.transform((s) => s.split(' ').filter(Boolean)).pipe(z.array(item));
}
