import { parseId } from './codec';
import type { ParamGroup } from './group';

/** The zone profile a link opens; null opens the list of zones. */
export interface ZonesParams {
  zone: string | null;
}

export const zonesParams: ParamGroup<ZonesParams> = {
  names: ['zone'],
  defaults: { zone: null },
  parse(get, ctx) {
    return { zone: parseId(ctx, 'zone', get('zone')) };
  },
  serialize(value, set) {
    if (value.zone) set('zone', value.zone);
  },
};
