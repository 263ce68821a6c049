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
  (dataset: Pick<Dataset, 'indicators' | 'index' | 'coverage'>): ThemeGroup[] => {
    // The build's coverage summary where there is one: the picker needs no indicator's figures.
    const byIndicator = observationsByIndicator(dataset);
    const covered = (id: string) => {
      if (dataset.coverage) return dataset.coverage.indicators.get(id);
      const observations = byIndicator.get(id);
      return observations && { years: yearsCovered(observations), figures: observations.length };
    };
    const groups = new Map<Theme, OfferedIndicator[]>();
    for (const indicator of dataset.indicators.values()) {
      const coverage = covered(indicator.id);
      if (!coverage || coverage.figures === 0) continue;
      const list = groups.get(indicator.theme) ?? [];
      list.push({ indicator, years: coverage.years, figures: coverage.figures });
      groups.set(indicator.theme, list);
    }
    return THEMES.flatMap((theme) => {
      const indicators = groups.get(theme);
      return indicators ? [{ theme, indicators }] : [];
    });
  },
);

/** Regions and aggregates that have any figure, in the vocabulary's order. */
export const regionsWithData = perDataset((dataset: Pick<Dataset, 'observations' | 'coverage'>): Region[] => {
  const present = dataset.coverage?.regions ?? new Set(dataset.observations.map((o) => o.region));
  return REGIONS.filter((r) => present.has(r));
});
