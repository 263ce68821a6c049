import type { Indicator, Observation } from '../../../src/data/model';
import type { Qualifier, Region, Series, Unit } from '../../../src/data/schema/enums';

let seq = 0;

/** A plain observation for selector tests; only what a test names differs from the defaults. */
export function obs(p: {
  indicator?: string;
  year: number;
  value: number;
  region?: Region;
  series?: Series;
  qualifier?: Qualifier;
  unit?: Unit;
  source?: string;
  period?: 'FY' | 'H1';
  zoneBasis?: number | null;
}): Observation {
  const period = p.period ?? 'FY';
  seq += 1;
  return {
    id: `o${seq}`,
    indicator: p.indicator ?? 'gdp',
    year: p.year,
    period: { kind: period },
    periodCode: period,
    region: p.region ?? 'national',
    value: p.value,
    fraction: null,
    qualifier: p.qualifier ?? '',
    unit: p.unit ?? 'CNY billion',
    series: p.series ?? 'statistics',
    zoneBasis: p.zoneBasis ?? null,
    zoneBasisNote: [],
    source: p.source ?? `src${seq}`,
    quote: '',
    note: [],
    line: seq,
  };
}

export function ind(
  id: string,
  kind: Indicator['kind'],
  unit: Unit,
  base = '',
  shareOf: Indicator['share_of'] = '',
): Indicator {
  return { id, theme: 'size', kind, unit, base, share_of: shareOf, line: 1 } as Indicator;
}

export const CATALOGUE = new Map<string, Indicator>(
  [
    ind('gdp', 'level', 'CNY billion'),
    ind('gdp_yoy_pct', 'growth', '%', 'gdp'),
    ind('gdp_share_national_pct', 'share', '%', 'gdp', 'national'),
    ind('gdp_share_national_fraction', 'share', 'fraction', 'gdp', 'national'),
    ind('fdi_actual_usd', 'level', 'USD billion'),
    ind('zone_count', 'level', 'count'),
  ].map((i) => [i.id, i]),
);
