/** Closed vocabularies of the dataset. Adding a value here is a schema change: update src/data/README.md too. */

/** '' means the source states the figure exactly. */
export const QUALIFIERS = ['', '≈', '>', '<'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** One base unit per kind; display wording lives in locales (units namespace). */
export const UNITS = ['CNY billion', 'USD billion', 'count', '%', 'pp', 'fraction', '‰', 'km2'] as const;
export type Unit = (typeof UNITS)[number];

export const SERIES = ['statistics', 'assessment', 'other'] as const;
export type Series = (typeof SERIES)[number];

/** Regions of the four-region scheme plus the aggregates some sources report. */
export const REGIONS = [
  'national',
  'east',
  'central',
  'west',
  'northeast',
  'central_west',
  'policy5',
  'early33',
  'top30',
  'top10_fdi',
  'top10_trade',
] as const;
export type Region = (typeof REGIONS)[number];

export const THEMES = [
  'size',
  'openness',
  'fiscal',
  'innovation',
  'enterprises',
  'land',
  'green',
  'zones',
  'leaders',
] as const;
export type Theme = (typeof THEMES)[number];

/** level: an amount or stock; growth: a published year-on-year change; share: of a national or zone total. */
export const INDICATOR_KINDS = ['level', 'growth', 'share', 'change'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const SOURCE_QUALITY = ['official', 'press', 'reprint', 'low'] as const;
export type SourceQuality = (typeof SOURCE_QUALITY)[number];

export const ZONE_COUNT_KINDS = ['stock', 'cumulative', 'covered', 'batch', 'exit', 'establishment'] as const;
export type ZoneCountKind = (typeof ZONE_COUNT_KINDS)[number];

export const ZONE_STATUS = ['active', 'exited'] as const;
export type ZoneStatus = (typeof ZONE_STATUS)[number];

/** How a regional split divides the country; sources use several and they do not add up across schemes. */
export const REGION_SCHEMES = ['four', 'three', 'coastal', 'unstated'] as const;
export type RegionScheme = (typeof REGION_SCHEMES)[number];

/** The first zones were approved in 1984: no figure describes an earlier year. */
export const FIRST_DATA_YEAR = 1984;

/** Compare shows at most this many indicators at once, however they are chosen (filters, a link, a URL). */
export const MAX_COMPARED_INDICATORS = 12;
