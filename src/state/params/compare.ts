import {
  FIRST_DATA_YEAR,
  MAX_COMPARED_INDICATORS,
  REGIONS,
  SERIES,
  type Region,
  type Series,
} from '../../data/schema/enums';
import type { Period } from '../../data/schema/period';
import type { ChartKind } from '../../data/selectors/compare/model';
import type { Mode } from '../../data/selectors/compare/modes';
import { isId, parseEnum, parseList, parseYear, readableQuery } from './codec';
import type { ParamGroup } from './group';

export const COMPARE_MODES = ['abs', 'index', 'yoy', 'share'] as const satisfies readonly Mode[];
export type CompareMode = (typeof COMPARE_MODES)[number];

export const CHART_KINDS = ['line', 'bars'] as const satisfies readonly ChartKind[];

export const PERIOD_KINDS = ['FY', 'H1', 'Q1-Q3', 'Jan-May', 'asof', 'span'] as const satisfies ReadonlyArray<
  Period['kind']
>;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Everything the Compare view shows, always complete: parsing and compareLink fill every field. */
export interface CompareParams {
  /** Indicator ids; checked against the catalogue once the dataset has loaded. */
  ind: string[];
  /** None chosen means all zones nationally. */
  reg: Region[];
  /** null = from the first year with figures. */
  from: number | null;
  /** null = to the last year with figures. */
  to: number | null;
  mode: CompareMode;
  chart: ChartKind;
  /** The year of the bar chart; null = the latest year with data. */
  year: number | null;
  per: PeriodKind;
  /** Publication series shown; never empty (an empty list would show nothing at all). */
  ser: Series[];
  /** Index mode: the year that is 100 for every line; null = the first year all lines have. */
  base: number | null;
}

const isRegion = (s: string): s is Region => (REGIONS as readonly string[]).includes(s);
const isSeries = (s: string): s is Series => (SERIES as readonly string[]).includes(s);
const LAST_YEAR = new Date().getFullYear();

export const COMPARE_DEFAULTS: Readonly<CompareParams> = Object.freeze({
  ind: [],
  reg: [],
  from: null,
  to: null,
  mode: 'abs',
  chart: 'line',
  year: null,
  per: 'FY',
  ser: [...SERIES],
  base: null,
});

/**
 * Complete Compare parameters from the few a link names (other views, the deck, the presets): the one
 * place where defaults are filled in.
 */
export function compareLink(pick: Partial<CompareParams>): CompareParams {
  const named = Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined));
  const p: CompareParams = { ...COMPARE_DEFAULTS, ...named };
  // Fresh lists, so a link changed later never changes the defaults; no series at all would show nothing.
  return { ...p, ind: [...p.ind], reg: [...p.reg], ser: p.ser.length ? [...p.ser] : [...SERIES] };
}

/** The questions the empty view offers; the default deck tells the first two. */
export const COMPARE_PRESETS = {
  gdp: compareLink({ ind: ['gdp', 'gdp_share_national_pct'], from: 2006, to: 2024 }),
  shares: compareLink({ ind: ['trade_share_national_pct', 'fdi_share_national_pct'], from: 2006, to: 2024 }),
  fdi: compareLink({ ind: ['fdi_actual_usd', 'fdi_share_national_pct'] }),
} as const satisfies Record<string, CompareParams>;
export type ComparePreset = keyof typeof COMPARE_PRESETS;
export const PRESET_IDS = Object.keys(COMPARE_PRESETS) as ComparePreset[];

export const compareParams: ParamGroup<CompareParams> = {
  names: ['ind', 'reg', 'from', 'to', 'mode', 'chart', 'year', 'per', 'ser', 'base'],
  defaults: COMPARE_DEFAULTS,
  parse(get, ctx) {
    const from = parseYear(ctx, 'from', get('from'), FIRST_DATA_YEAR, LAST_YEAR);
    let to = parseYear(ctx, 'to', get('to'), FIRST_DATA_YEAR, LAST_YEAR);
    if (from !== null && to !== null && from > to) {
      ctx.ignore('to', String(to), 'badRange');
      to = null;
    }
    const mode = parseEnum(ctx, 'mode', get('mode'), COMPARE_MODES, COMPARE_DEFAULTS.mode);
    return compareLink({
      ind: parseList(ctx, 'ind', get('ind'), isId, MAX_COMPARED_INDICATORS) ?? [],
      reg: parseList(ctx, 'reg', get('reg'), isRegion, REGIONS.length, 'unknownValue') ?? [],
      from,
      to,
      mode,
      chart: parseEnum(ctx, 'chart', get('chart'), CHART_KINDS, COMPARE_DEFAULTS.chart),
      year: parseYear(ctx, 'year', get('year'), FIRST_DATA_YEAR, LAST_YEAR),
      per: parseEnum(ctx, 'per', get('per'), PERIOD_KINDS, COMPARE_DEFAULTS.per),
      ser: parseList(ctx, 'ser', get('ser'), isSeries, SERIES.length, 'unknownValue') ?? [],
      // As written: a base year outside index mode is a leftover, so the link and the state agree.
      base: mode === 'index' ? parseYear(ctx, 'base', get('base'), FIRST_DATA_YEAR, LAST_YEAR) : null,
    });
  },
  serialize(v, set) {
    if (v.ind.length) set('ind', v.ind.join(','));
    if (v.reg.length) set('reg', v.reg.join(','));
    if (v.from !== null) set('from', String(v.from));
    if (v.to !== null) set('to', String(v.to));
    if (v.mode !== COMPARE_DEFAULTS.mode) set('mode', v.mode);
    if (v.chart !== COMPARE_DEFAULTS.chart) set('chart', v.chart);
    if (v.year !== null) set('year', String(v.year));
    if (v.per !== COMPARE_DEFAULTS.per) set('per', v.per);
    if (v.ser.length < SERIES.length) set('ser', SERIES.filter((s) => v.ser.includes(s)).join(','));
    // The base year only means something in index mode; elsewhere it would be a stale leftover.
    if (v.base !== null && v.mode === 'index') set('base', String(v.base));
  },
};

/** A link to Compare as the address bar writes it, without a language: only what differs from the defaults. */
export function compareSearch(params: CompareParams): string {
  const entries: Array<[string, string]> = [['view', 'compare']];
  compareParams.serialize(params, (name, value) => entries.push([name, value]));
  return `?${readableQuery(entries)}`;
}
