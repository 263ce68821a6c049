import { MAX_COMPARED_INDICATORS } from '../../schema/enums';

/**
 * Which indicators of the dataset a policy theme aims at: the measure's "see the data" link opens
 * Compare with these. Data, not logic — every id must exist in src/data/csv/indicators.csv (tested).
 */
export const TAG_INDICATORS: Readonly<Record<string, readonly string[]>> = {
  'foreign-investment': ['fdi_actual_usd', 'fdi_share_national_pct'],
  trade: ['trade_total_cny', 'trade_share_national_pct'],
  innovation: [
    'incubators_makerspaces_national_level',
    'rd_institutions_provincial_plus',
    'high_tech_enterprises',
  ],
  land: ['land_share_national', 'construction_land_share_national'],
  green: ['solid_waste_utilization_change_pp'],
  'opening-up': ['trade_share_national_pct', 'fdi_share_national_pct'],
  'fiscal-tax': ['fiscal_revenue', 'tax_revenue'],
  'regional-coordination': ['co_built_parks', 'aid_partnership_zones'],
};

/** The indicators a measure's themes map to, de-duplicated, in theme order. */
export function indicatorsForTags(tags: readonly string[]): string[] {
  const ids = tags.flatMap((t) => TAG_INDICATORS[t] ?? []);
  return [...new Set(ids)].slice(0, MAX_COMPARED_INDICATORS);
}
