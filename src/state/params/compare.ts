import { FIRST_DATA_YEAR, REGIONS, SERIES, type Region, type Series } from '../../data/schema/enums';
import type { Period } from '../../data/schema/period';
import { isId, parseEnum, parseList, parseYear } from './codec';
import type { ParamGroup } from './group';

export const COMPARE_MODES = ['abs', 'index', 'yoy', 'share'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export const CHART_KINDS = ['line', 'bars'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const PERIOD_KINDS = ['FY', 'H1', 'Q1-Q3', 'Jan-May', 'asof', 'span'] as const satisfies ReadonlyArray<
  Period['kind']
>;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface CompareParams {
  /** Indicator ids; checked against the catalogue once the dataset has loaded. */
  ind: string[];
  reg: Region[];
  from: number | null;
  to: number | null;
  /*
   * The fields below are optional so that links built elsewhere with only ind/reg/from/to stay
   * valid; read them through withCompareDefaults.
   */
  mode?: CompareMode;
  chart?: ChartKind;
  /** The year of the bar chart; null = the latest year with data. */
  year?: number | null;
  per?: PeriodKind;
  /** Publication series shown; all of them by default. */
  ser?: Series[];
}

export type FullCompareParams = Required<CompareParams>;

const isRegion = (s: string): s is Region => (REGIONS as readonly string[]).includes(s);
const isSeries = (s: string): s is Series => (SERIES as readonly string[]).includes(s);
const LAST_YEAR = new Date().getFullYear();

const DEFAULTS: FullCompareParams = {
  ind: [],
  reg: [],
  from: null,
  to: null,
  mode: 'abs',
  chart: 'line',
  year: null,
  per: 'FY',
  ser: [...SERIES],
};

export function withCompareDefaults(p: CompareParams): FullCompareParams {
  return {
    ind: p.ind,
    reg: p.reg,
    from: p.from,
    to: p.to,
    mode: p.mode ?? DEFAULTS.mode,
    chart: p.chart ?? DEFAULTS.chart,
    year: p.year ?? null,
    per: p.per ?? DEFAULTS.per,
    ser: p.ser && p.ser.length ? p.ser : [...SERIES],
  };
}

export const compareParams: ParamGroup<CompareParams> = {
  names: ['ind', 'reg', 'from', 'to', 'mode', 'chart', 'year', 'per', 'ser'],
  defaults: DEFAULTS,
  parse(get, ctx) {
    const from = parseYear(ctx, 'from', get('from'), FIRST_DATA_YEAR, LAST_YEAR);
    let to = parseYear(ctx, 'to', get('to'), FIRST_DATA_YEAR, LAST_YEAR);
    if (from !== null && to !== null && from > to) {
      ctx.ignore('to', String(to), 'badRange');
      to = null;
    }
    const ser = parseList(ctx, 'ser', get('ser'), isSeries, SERIES.length, 'unknownValue');
    return {
      ind: parseList(ctx, 'ind', get('ind'), isId, 12) ?? [],
      reg: parseList(ctx, 'reg', get('reg'), isRegion, REGIONS.length, 'unknownValue') ?? [],
      from,
      to,
      mode: parseEnum(ctx, 'mode', get('mode'), COMPARE_MODES, DEFAULTS.mode),
      chart: parseEnum(ctx, 'chart', get('chart'), CHART_KINDS, DEFAULTS.chart),
      year: parseYear(ctx, 'year', get('year'), FIRST_DATA_YEAR, LAST_YEAR),
      per: parseEnum(ctx, 'per', get('per'), PERIOD_KINDS, DEFAULTS.per),
      // An empty list would show nothing at all; it falls back to every series.
      ser: ser && ser.length ? ser : [...SERIES],
    };
  },
  serialize(value, set) {
    const v = withCompareDefaults(value);
    if (v.ind.length) set('ind', v.ind.join(','));
    if (v.reg.length) set('reg', v.reg.join(','));
    if (v.from !== null) set('from', String(v.from));
    if (v.to !== null) set('to', String(v.to));
    if (v.mode !== DEFAULTS.mode) set('mode', v.mode);
    if (v.chart !== DEFAULTS.chart) set('chart', v.chart);
    if (v.year !== null) set('year', String(v.year));
    if (v.per !== DEFAULTS.per) set('per', v.per);
    if (v.ser.length < SERIES.length) set('ser', SERIES.filter((s) => v.ser.includes(s)).join(','));
  },
};
