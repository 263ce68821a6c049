import { FIRST_DATA_YEAR, REGIONS, type Region } from '../../data/schema/enums';
import { isId, parseList, parseYear } from './codec';
import type { ParamGroup } from './group';

export interface CompareParams {
  /** Indicator ids; checked against the catalogue once the dataset has loaded. */
  ind: string[];
  reg: Region[];
  from: number | null;
  to: number | null;
}

const isRegion = (s: string): s is Region => (REGIONS as readonly string[]).includes(s);
const LAST_YEAR = new Date().getFullYear();

export const compareParams: ParamGroup<CompareParams> = {
  names: ['ind', 'reg', 'from', 'to'],
  defaults: { ind: [], reg: [], from: null, to: null },
  parse(get, ctx) {
    const from = parseYear(ctx, 'from', get('from'), FIRST_DATA_YEAR, LAST_YEAR);
    let to = parseYear(ctx, 'to', get('to'), FIRST_DATA_YEAR, LAST_YEAR);
    if (from !== null && to !== null && from > to) {
      ctx.ignore('to', String(to), 'badRange');
      to = null;
    }
    return {
      ind: parseList(ctx, 'ind', get('ind'), isId, 12) ?? [],
      reg: parseList(ctx, 'reg', get('reg'), isRegion, REGIONS.length, 'unknownValue') ?? [],
      from,
      to,
    };
  },
  serialize(value, set) {
    if (value.ind.length) set('ind', value.ind.join(','));
    if (value.reg.length) set('reg', value.reg.join(','));
    if (value.from !== null) set('from', String(value.from));
    if (value.to !== null) set('to', String(value.to));
  },
};
