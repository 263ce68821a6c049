import type { Dataset, Indicator } from '../../model';
import { REGIONS, THEMES, type Region, type Theme } from '../../schema/enums';
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
  (dataset: Pick<Dataset, 'indicators' | 'index'>): ThemeGroup[] => {
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
  return REGIONS.filter((r) => present.has(r));
});
