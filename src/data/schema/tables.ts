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
  count,
  flag,
  id,
  integer,
  MAX_DIGITS,
  oneOf,
  optionalCount,
  optionalId,
  optionalPartialDate,
  optionalText,
  qualifier,
  requiredText,
  optionalUrl,
  spaceList,
} from './fields';
import { titleLanguageProblem } from './titleLanguage';
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
export const valueCell = z
  .string()
  .refine((s) => /^-?\d+(\.\d+)?$/.test(s) || FRACTION.test(s), {
    message: 'is not numeric (write digits with an optional decimal point, or a/b for a stated fraction)',
  })
  .refine((s) => s.replace(/[^0-9]/g, '').length <= MAX_DIGITS, `has more than ${MAX_DIGITS} digits`)
  .refine((s) => !/\/0+$/.test(s), 'a fraction cannot have 0 as its denominator');

/**
 * The number a cell states, a stated fraction kept as such, and how many decimals it is written with
 * (the precision the disagreement rule reads; a fraction is exact as stated).
 */
export function parseValueCell(cell: string): {
  value: number;
  fraction: [number, number] | null;
  decimals: number;
} {
  const m = FRACTION.exec(cell);
  if (m) {
    const num = Number(m[1]);
    const den = Number(m[2]);
    return { value: num / den, fraction: [num, den], decimals: 0 };
  }
  return { value: Number(cell), fraction: null, decimals: cell.split('.')[1]?.length ?? 0 };
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
    zone_basis: optionalCount,
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

export const sourceRow = z
  .object({
    id,
    publisher: requiredText,
    title: requiredText,
    /** no: no published title is known and `title` describes the source. */
    title_is_published: flag,
    date: optionalPartialDate,
    date_approx: flag,
    url: optionalUrl,
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
    quality: oneOf(SOURCE_QUALITY, 'quality flag'),
    seed: flag,
    note: noteKeys,
    raw: optionalText,
  })
  .superRefine((row, ctx) => {
    const problem = row.title_is_published ? titleLanguageProblem(row.title, row.language) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['title_is_published'], message: problem });
  });

export const zoneCountRow = z.object({
  /** The period or point the count describes (start and end); not when it was said. */
  date_from: optionalPartialDate,
  date: optionalPartialDate,
  date_approx: flag,
  /** When the source stated it (its publication), if later than `date`; empty = at `date`. */
  stated: optionalPartialDate,
  date_label: requiredText,
  kind: oneOf(ZONE_COUNT_KINDS, 'zone-count kind'),
  count: optionalCount,
  qualifier,
  scope: oneOf(REGIONS, 'region'),
  scheme: oneOf(REGION_SCHEMES, 'region scheme'),
  /** Zones the statement names, so their profiles can list it. */
  zones: spaceList(id),
  source: id,
  quote: requiredText,
  note: noteKeys,
  raw: optionalText,
});

export const zoneRow = z.object({
  id,
  province: id,
  /** The approval date the timeline places the zone by; other sources' dates are in zone-statements.csv. */
  approval_date: optionalPartialDate,
  /** yes: the date is that of a report ("recently approved"), shown as "c." */
  approval_date_approx: flag,
  batch: optionalId,
  status: oneOf(ZONE_STATUS, 'status'),
  exit_date: optionalPartialDate,
  name_en_basis: z.enum(['conventional', 'source'], { error: 'must be conventional or source' }),
  source: id,
  /** The source's words for the date or the listing, where the research holds them. */
  quote: optionalText,
  note: noteKeys,
  raw: optionalText,
});

export const ZONE_STATEMENT_KINDS = ['listed', 'approval', 'exit', 'establishment'] as const;
export type ZoneStatementKind = (typeof ZONE_STATEMENT_KINDS)[number];

/** Every other sourced statement about a zone: a second approval date, the list that names it, an exit. */
export const zoneStatementRow = z.object({
  zone: id,
  kind: oneOf(ZONE_STATEMENT_KINDS, 'statement kind'),
  date: optionalPartialDate,
  date_approx: flag,
  source: id,
  quote: optionalText,
  note: noteKeys,
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
  count,
  /** What the count covers, as note keys (Xinjiang's excludes the Bingtuan zones). */
  scope_note: noteKeys,
  source: id,
  quote: requiredText,
  raw: optionalText,
});

const rank = integer.refine((n) => n >= 1, 'a rank starts at 1');

export const rankingRow = z
  .object({
    assessment_year: integer,
    data_year: integer,
    ranking: id,
    rank,
    /** A rank within a region the source also states ("8th in the east"), with that region. */
    rank_region: z.enum(['', 'east', 'central', 'west', 'northeast'], {
      error: 'must be empty, east, central, west or northeast',
    }),
    region_rank: orNullRank(),
    zone: optionalId,
    zone_name_zh: requiredText,
    province: optionalId,
    source: id,
    note: noteKeys,
    raw: optionalText,
  })
  .superRefine((row, ctx) => {
    if (row.data_year > row.assessment_year)
      ctx.addIssue({
        code: 'custom',
        path: ['data_year'],
        message: `data year ${row.data_year} is after the assessment year ${row.assessment_year}`,
      });
    if ((row.rank_region === '') !== (row.region_rank === null))
      ctx.addIssue({
        code: 'custom',
        path: ['region_rank'],
        message: 'a regional rank and its region go together',
      });
  });

function orNullRank() {
  return z.union([z.literal('').transform(() => null), rank]);
}

export const ASSESSMENT_METHODS = ['investment-environment', 'comprehensive'] as const;
/** How the data knows which rules an assessment followed: stated by a source, in force at the time, presumed, not known. */
export const RULES_BASIS = ['stated', 'in-force', 'presumed', 'unknown'] as const;

/** One assessment (or evaluation) of the zones: the year it is named for, the year it describes, its method. */
export const assessmentRow = z
  .object({
    year: integer,
    data_year: integer,
    method: oneOf(ASSESSMENT_METHODS, 'assessment method'),
    /** Policy document id of the rules (src/data/policy/documents.csv); empty when none is known. */
    rules: z.string().regex(/^([A-Za-z0-9][A-Za-z0-9-]*)?$/, 'must be a policy document id or empty'),
    rules_basis: oneOf(RULES_BASIS, 'rules basis'),
    zones_assessed: optionalCount,
    /** The source that states how many zones were assessed. */
    source: optionalId,
    note: noteKeys,
  })
  .superRefine((row, ctx) => {
    if ((row.rules === '') !== (row.rules_basis === 'unknown'))
      ctx.addIssue({
        code: 'custom',
        path: ['rules_basis'],
        message: 'rules are named exactly when their basis is known (stated, in-force or presumed)',
      });
    if ((row.zones_assessed === null) !== (row.source === ''))
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'the number of zones assessed needs the source that states it, and only it',
      });
  });

export const CONFLICT_SCOPES = ['values', 'zone-counts', 'zones', 'rankings'] as const;
export type ConflictScope = (typeof CONFLICT_SCOPES)[number];

/** Why sources disagree, for each disagreement the app flags: explanation keys, or `unknown`. */
export const conflictRow = z.object({
  scope: oneOf(CONFLICT_SCOPES, 'conflict scope'),
  key: requiredText,
  explain: noteKeys.refine((keys) => keys.length > 0, 'needs an explanation key, or "unknown"'),
  note: noteKeys,
});

export const batchRow = z.object({
  id,
  date_from: optionalPartialDate,
  date_to: optionalPartialDate,
  source: id,
});

export const exclusionRow = z.object({
  raw: z.string().regex(/^[a-z0-9_/]+\.(csv|json):\d+$/, 'must be file:line, e.g. indicators.csv:12'),
  reason: requiredText,
});

export const seedClaimRow = z.object({
  indicator: id,
  value: valueCell,
  qualifier,
  unit: oneOf(UNITS, 'unit'),
  source: id,
  quote: requiredText,
  note: noteKeys,
  raw: optionalText,
});
