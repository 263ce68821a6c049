import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { parseEnum, parseId, parseYear } from './codec';
import type { ParamGroup } from './group';

export const PROVINCE_MEASURES = ['stated', 'listed'] as const;
export type ProvinceMeasureParam = (typeof PROVINCE_MEASURES)[number];

export interface GrowthParams {
  /** The playhead year; null means the latest statement. */
  year: number | null;
  zone: string | null;
  prov: string | null;
  /** Which province measure the map shows: a source's stated count, or the zones the dataset lists. */
  pm: ProvinceMeasureParam;
  /** The selected milestone, e.g. batch.first, exit.jiuquan, policy.<doc id>. */
  ms: string | null;
}

export const growthParams: ParamGroup<GrowthParams> = {
  names: ['year', 'zone', 'prov', 'pm', 'ms'],
  defaults: { year: null, zone: null, prov: null, pm: 'stated', ms: null },
  parse(get, ctx) {
    return {
      year: parseYear(ctx, 'year', get('year'), FIRST_DATA_YEAR, new Date().getFullYear()),
      zone: parseId(ctx, 'zone', get('zone')),
      prov: parseId(ctx, 'prov', get('prov')),
      pm: parseEnum(ctx, 'pm', get('pm'), PROVINCE_MEASURES, 'stated'),
      ms: parseId(ctx, 'ms', get('ms')),
    };
  },
  serialize(value, set) {
    if (value.year !== null) set('year', String(value.year));
    if (value.zone) set('zone', value.zone);
    if (value.prov) set('prov', value.prov);
    if (value.pm !== 'stated') set('pm', value.pm);
    if (value.ms) set('ms', value.ms);
  },
};
