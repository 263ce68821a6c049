import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { parseEnum, parseId, parseYear } from './codec';
import type { ParamGroup } from './group';

export const PROVINCE_MEASURES = ['stated', 'listed'] as const;
export type ProvinceMeasureParam = (typeof PROVINCE_MEASURES)[number];

/** Which zones the zone list shows: all it lists, or only those approved after the playhead year. */
export const ZONE_FILTERS = ['all', 'after'] as const;
export type ZoneFilterParam = (typeof ZONE_FILTERS)[number];

export interface GrowthParams {
  /** The playhead year; null means the latest statement. */
  year: number | null;
  zone: string | null;
  prov: string | null;
  /** Which province measure the map shows: a source's stated count, or the zones the dataset lists. */
  pm: ProvinceMeasureParam;
  /** The selected milestone, e.g. batch.first, exit.jiuquan, policy.<doc id>. */
  ms: string | null;
  zf: ZoneFilterParam;
}

export const growthParams: ParamGroup<GrowthParams> = {
  names: ['year', 'zone', 'prov', 'pm', 'ms', 'zf'],
  defaults: { year: null, zone: null, prov: null, pm: 'stated', ms: null, zf: 'all' },
  parse(get, ctx) {
    return {
      year: parseYear(ctx, 'year', get('year'), FIRST_DATA_YEAR, new Date().getFullYear()),
      zone: parseId(ctx, 'zone', get('zone')),
      prov: parseId(ctx, 'prov', get('prov')),
      pm: parseEnum(ctx, 'pm', get('pm'), PROVINCE_MEASURES, 'stated'),
      ms: parseId(ctx, 'ms', get('ms')),
      zf: parseEnum(ctx, 'zf', get('zf'), ZONE_FILTERS, 'all'),
    };
  },
  serialize(value, set) {
    if (value.year !== null) set('year', String(value.year));
    if (value.zone) set('zone', value.zone);
    if (value.prov) set('prov', value.prov);
    if (value.pm !== 'stated') set('pm', value.pm);
    if (value.ms) set('ms', value.ms);
    if (value.zf !== 'all') set('zf', value.zf);
  },
};
