import type { Dataset } from '../../model';
import { FIRST_DATA_YEAR, type Region, type Unit } from '../../schema/enums';
import { offeredIndicators } from './catalog';
import { barChart, lineChart, type ChartModel } from './charts';
import type { PlotLine } from './lines';
import type { Panel } from './panels';
import {
  chosenRegions,
  conflictingZoneBases,
  selectCompare,
  type CompareQuery,
  type CompareResult,
  type CompareRow,
  type RegionBases,
} from './select';

export type ChartKind = 'line' | 'bars';

export interface CompareModelQuery extends CompareQuery {
  chart: ChartKind;
  /** The chosen bar year; null (or a year without figures) means the latest year with figures. */
  year: number | null;
}

/** One small multiple as shown: its lines, the table rows that are exactly what its chart draws, the chart. */
export interface PanelModel {
  unit: Unit | 'index';
  lines: PlotLine[];
  /** Indicator ids the panel draws, each once, in order. */
  indicators: string[];
  rows: CompareRow[];
  /** How many distinct sources back the rows. */
  sources: number;
  chart: ChartModel;
}

/** Everything the Compare view shows for one filter. */
export interface CompareModel {
  result: CompareResult;
  /** The regions asked for: none chosen means all zones nationally. */
  regions: readonly Region[];
  /** Every id in the link is unknown (or there is none): the view offers the start, not "no data". */
  nothingChosen: boolean;
  /** What the year fields offer, and where their two ends stand within it. */
  years: { min: number; max: number; from: number; to: number };
  /** The year of the bar chart; null when no year has a figure. */
  barYear: number | null;
  /** Chosen regions that no drawn line covers. */
  silentRegions: Region[];
  /** Chosen regions with figures in other years but none in the bar year (bar chart only). */
  barGaps: { year: number; regions: Region[] } | null;
  /** Regions whose shown figures cover different numbers of zones. */
  zoneBases: RegionBases[];
  /** Panels with at least one shown figure. */
  panels: PanelModel[];
}

function barYearOf(chosen: number | null, yearsWithData: readonly number[]): number | null {
  return chosen !== null && yearsWithData.includes(chosen) ? chosen : (yearsWithData.at(-1) ?? null);
}

function yearBounds(
  dataset: Pick<Dataset, 'indicators' | 'observations'>,
  result: CompareResult,
): CompareModel['years'] {
  const offered = offeredIndicators(dataset).flatMap((g) =>
    g.indicators.flatMap((i) => [i.years[0] as number, i.years.at(-1) as number]),
  );
  const min = result.coverage?.from ?? Math.min(FIRST_DATA_YEAR, ...offered);
  const max = Math.max(result.coverage?.to ?? 0, ...offered);
  return {
    min,
    max,
    from: Math.max(min, Math.min(result.from, max)),
    to: Math.min(max, Math.max(result.to, min)),
  };
}

function panelModel(panel: Panel, rows: CompareRow[], chart: ChartModel): PanelModel {
  return {
    unit: panel.unit,
    lines: panel.lines,
    indicators: [...new Set(panel.lines.map((l) => l.indicator))],
    rows,
    sources: new Set(rows.map((r) => r.observation.source)).size,
    chart,
  };
}

function compute(
  dataset: Pick<Dataset, 'indicators' | 'observations'>,
  query: CompareModelQuery,
  result: CompareResult,
  barYear: number | null,
): CompareModel {
  const regions = chosenRegions(query.reg);
  const bars = query.chart === 'bars';
  const shown = bars ? result.rows.filter((r) => r.year === barYear) : result.rows;
  const panels: PanelModel[] = [];
  for (const panel of result.panels) {
    const rows = shown.filter((r) => r.line.unit === panel.unit);
    // A bar chart of one year leaves out the units that have no figure that year.
    if (rows.length === 0) continue;
    panels.push(
      panelModel(panel, rows, bars && barYear !== null ? barChart(panel, barYear) : lineChart(panel)),
    );
  }
  const drawn = (r: Region) => result.lines.some((l) => l.region === r);
  return {
    result,
    regions,
    nothingChosen: query.ind.length === result.unknown.length,
    years: yearBounds(dataset, result),
    barYear,
    silentRegions: regions.filter((r) => !drawn(r)),
    // A region with figures in other years but none in the bar year must not vanish unsaid.
    barGaps:
      bars && barYear !== null
        ? {
            year: barYear,
            regions: regions.filter((r) => drawn(r) && !shown.some((row) => row.line.region === r)),
          }
        : null,
    zoneBases: conflictingZoneBases(shown),
    panels,
  };
}

const cache = new WeakMap<CompareResult, Map<string, CompareModel>>();

/**
 * The Compare view's model for a filter: computed once per dataset and filter, so the chart rows
 * keep their identity while nothing they show changes.
 */
export function selectCompareModel(
  dataset: Pick<Dataset, 'indicators' | 'observations'>,
  query: CompareModelQuery,
): CompareModel {
  const result = selectCompare(dataset, query);
  const barYear = barYearOf(query.year, result.yearsWithData);
  const byView = cache.get(result) ?? new Map<string, CompareModel>();
  cache.set(result, byView);
  const key = `${query.chart}|${barYear}`;
  let model = byView.get(key);
  if (!model) {
    model = compute(dataset, query, result, barYear);
    byView.set(key, model);
  }
  return model;
}
