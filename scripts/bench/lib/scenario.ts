/** The heavy Compare selection of issue 11, shared by the interaction and the scale bench. */
export const COMPARE_INDICATORS = [
  'gdp',
  'trade_total_cny',
  'fdi_actual_usd',
  'gdp_yoy_pct',
  'tax_revenue',
  'zone_count',
] as const;
export const COMPARE_REGIONS = ['east', 'central', 'west', 'northeast'] as const;
