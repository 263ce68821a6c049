import { z } from 'zod';
import {
  INDICATOR_KINDS,
  REGION_SCHEMES,
  REGIONS,
  SERIES,
  SOURCE_QUALITY,
  THEMES,
  UNITS,
  ZONE_COUNT_KINDS,
  ZONE_STATUS,
} from './enums';
import {
  flag,
  id,
  integer,
  oneOf,
  optionalId,
  optionalInteger,
  optionalPartialDate,
  optionalText,
  qualifier,
  requiredText,
  optionalUrl,
} from './fields';
import { parsePeriod } from './period';

/**
 * One schema per CSV table. Each key is a column; the order of keys is the order of columns.
 * Row-level rules live here; rules that need other tables (known ids, duplicates) are declared in ../tables and checked by ../tableLoader.
 */

const period = z.string().refine((s) => parsePeriod(s) !== null, {
  message: 'unknown period; expected FY, H1, Q1-Q3, Jan-May, asof-YYYY-MM or span-YYYY-YYYY',
});

/** A number, or for unit "fraction" a ratio a/b as the source states it. */
const FRACTION = /^(\d+)\/(\d+)$/;
export const valueCell = z.string().refine((s) => /^-?\d+(\.\d+)?$/.test(s) || FRACTION.test(s), {
  message: 'is not numeric (write digits with an optional decimal point, or a/b for a stated fraction)',
});

export function parseValueCell(cell: string): { value: number; fraction: [number, number] | null } {
  const m = FRACTION.exec(cell);
  if (m) {
    const num = Number(m[1]);
    const den = Number(m[2]);
    return { value: num / den, fraction: [num, den] };
  }
  return { value: Number(cell), fraction: null };
}

export const indicatorRow = z.object({
  id,
  theme: oneOf(THEMES, 'theme'),
  kind: oneOf(INDICATOR_KINDS, 'indicator kind'),
  unit: oneOf(UNITS, 'unit'),
  base: optionalId,
  share_of: z.enum(['', 'national', 'zones'], { error: 'must be empty, national or zones' }),
});

/** Space-separated keys into locales/<lng>/notes.json, so every note shown to users is translatable. */
export const noteKeys = z
  .string()
  .regex(/^([a-z0-9][a-z0-9.-]*( [a-z0-9][a-z0-9.-]*)*)?$/, 'must be note keys separated by spaces')
  .transform((s) => (s === '' ? [] : s.split(' ')));

export const valueRow = z
  .object({
    indicator: id,
    year: integer,
    period,
    region: oneOf(REGIONS, 'region'),
    value: valueCell,
    qualifier,
    unit: oneOf(UNITS, 'unit'),
    series: oneOf(SERIES, 'publication series'),
    zone_basis: optionalInteger,
    zone_basis_note: noteKeys,
    source: id,
    quote: requiredText,
    note: noteKeys,
    raw: optionalText,
  })
  .superRefine((row, ctx) => {
    const isFraction = FRACTION.test(row.value);
    if (isFraction !== (row.unit === 'fraction')) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: isFraction ? 'a/b values need unit "fraction"' : 'unit "fraction" needs a value written a/b',
      });
    }
  });

export const sourceRow = z.object({
  id,
  publisher: requiredText,
  title: requiredText,
  date: optionalPartialDate,
  date_approx: flag,
  url: optionalUrl,
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
  quality: oneOf(SOURCE_QUALITY, 'quality flag'),
  seed: flag,
  note: noteKeys,
  raw: optionalText,
});

export const zoneCountRow = z.object({
  date_from: optionalPartialDate,
  date: optionalPartialDate,
  date_approx: flag,
  date_label: requiredText,
  kind: oneOf(ZONE_COUNT_KINDS, 'zone-count kind'),
  count: optionalInteger,
  qualifier,
  scope: oneOf(REGIONS, 'region'),
  scheme: oneOf(REGION_SCHEMES, 'region scheme'),
  source: id,
  quote: requiredText,
  note: noteKeys,
  raw: optionalText,
});

export const zoneRow = z.object({
  id,
  province: id,
  approval_date: optionalPartialDate,
  batch: optionalId,
  status: oneOf(ZONE_STATUS, 'status'),
  exit_date: optionalPartialDate,
  name_en_basis: z.enum(['conventional', 'source'], { error: 'must be conventional or source' }),
  source: id,
  note: optionalText,
  raw: optionalText,
});

/** Tile-grid maps stay small: 10 × 10 is ample for 31 tiles. */
const tileIndex = integer.refine((n) => n >= 0 && n <= 9, 'must be a tile position from 0 to 9');

export const provinceRow = z.object({
  id,
  region: z.enum(['east', 'central', 'west', 'northeast'], {
    error: 'must be east, central, west or northeast',
  }),
  /** Position on the tile-grid map (0-based); one province per tile. */
  row: tileIndex,
  col: tileIndex,
});

export const provinceCountRow = z.object({
  province: id,
  as_of: optionalPartialDate,
  date_approx: flag,
  date_label: requiredText,
  count: integer,
  scope_note: optionalText,
  source: id,
  quote: requiredText,
  raw: optionalText,
});

export const rankingRow = z.object({
  assessment_year: integer,
  data_year: integer,
  ranking: id,
  rank: integer,
  zone: optionalId,
  zone_name_zh: requiredText,
  province: optionalId,
  source: id,
  note: optionalText,
  raw: optionalText,
});

export const batchRow = z.object({
  id,
  date_from: optionalPartialDate,
  date_to: optionalPartialDate,
  source: id,
});

export const exclusionRow = z.object({
  raw: z.string().regex(/^[a-z_/]+\.(csv|json):\d+$/, 'must be file:line, e.g. indicators.csv:12'),
  reason: requiredText,
});

export const seedClaimRow = z.object({
  indicator: id,
  value: valueCell,
  qualifier,
  unit: oneOf(UNITS, 'unit'),
  source: id,
  quote: requiredText,
});
