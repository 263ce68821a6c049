import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { parseYear } from './codec';
import type { ParamGroup } from './group';

/** The assessment a rankings link opens, by the year it is named for; null opens the latest. */
export interface RankingsParams {
  a: number | null;
}

export const rankingsParams: ParamGroup<RankingsParams> = {
  names: ['a'],
  defaults: { a: null },
  parse(get, ctx) {
    return { a: parseYear(ctx, 'a', get('a'), FIRST_DATA_YEAR, new Date().getFullYear()) };
  },
  serialize(value, set) {
    if (value.a !== null) set('a', String(value.a));
  },
};
