import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { parseId, parseYear } from './codec';
import type { ParamGroup } from './group';

export interface GrowthParams {
  /** The playhead year; null means the latest statement. */
  year: number | null;
  zone: string | null;
  prov: string | null;
}

export const growthParams: ParamGroup<GrowthParams> = {
  names: ['year', 'zone', 'prov'],
  defaults: { year: null, zone: null, prov: null },
  parse(get, ctx) {
    return {
      year: parseYear(ctx, 'year', get('year'), FIRST_DATA_YEAR, new Date().getFullYear()),
      zone: parseId(ctx, 'zone', get('zone')),
      prov: parseId(ctx, 'prov', get('prov')),
    };
  },
  serialize(value, set) {
    if (value.year !== null) set('year', String(value.year));
    if (value.zone) set('zone', value.zone);
    if (value.prov) set('prov', value.prov);
  },
};
