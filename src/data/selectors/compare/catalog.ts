import type { Dataset, Indicator } from '../../model';
import { THEMES, type Region, type Theme } from '../../schema/enums';
import { perDataset } from '../memo';
import { observationsByIndicator, yearsCovered } from '../observations';

/** An indicator the Compare view offers: only those with figures, with the years they cover. */
export interface OfferedIndicator {
  indicator: Indicator;
  years: number[];
  figures: number;
}

export interface ThemeGroup {
  theme: Theme;
  indicators: OfferedIndicator[];
}

/** Indicators with at least one figure, grouped by theme in the catalogue's theme order. */
export const offeredIndicators = perDataset(
  (dataset: Pick<Dataset, 'indicators' | 'observations'>): ThemeGroup[] => {
    const byIndicator = observationsByIndicator(dataset);
    const groups = new Map<Theme, OfferedIndicator[]>();
    for (const indicator of dataset.indicators.values()) {
      const observations = byIndicator.get(indicator.id) ?? [];
      if (observations.length === 0) continue;
      const list = groups.get(indicator.theme) ?? [];
      list.push({ indicator, years: yearsCovered(observations), figures: observations.length });
      groups.set(indicator.theme, list);
    }
    return THEMES.flatMap((theme) => {
      const indicators = groups.get(theme);
      return indicators ? [{ theme, indicators }] : [];
    });
  },
);

/** Regions and aggregates that have any figure, in the vocabulary's order. */
export const regionsWithData = perDataset((dataset: Pick<Dataset, 'observations'>): Region[] => {
  const present = new Set(dataset.observations.map((o) => o.region));
  return [...present].sort((a, b) => REGION_ORDER.indexOf(a) - REGION_ORDER.indexOf(b));
});

const REGION_ORDER: readonly Region[] = [
  'national',
  'east',
  'central',
  'west',
  'northeast',
  'central_west',
  'policy5',
  'early33',
  'top30',
  'top10_fdi',
  'top10_trade',
];
