/**
 * The Compare model as it was before its rows were built lazily (issue 11), kept only as the reference
 * for tests/unit/data/compare.equivalence.test.ts. The catalogue and the bar rows were unchanged by that
 * work: the shipped ones are used.
 */
import type { Dataset } from '../../../../src/data/model';
import { FIRST_DATA_YEAR, type Region, type Unit } from '../../../../src/data/schema/enums';
import { offeredIndicators } from '../../../../src/data/selectors/compare/catalog';
import { barRows } from '../../../../src/data/selectors/compare/panels';
import type { PlotLine } from './lines';
import { disputedWidth, lineRows, type ChartRow, type Panel, type PanelKind } from './panels';
import {
  chosenRegions,
  conflictingZoneBases,
  selectCompare,
  type CompareQuery,
  type CompareResult,
  type CompareRow,
  type RegionBases,
} from './select';

const keys = (key: string, width: number) => Array.from({ length: width }, (_, j) => `${key}_${j}`);

type ChartModel =
  | {
      kind: 'line';
      rows: ChartRow[];
      lines: Array<{ line: PlotLine; dataKey: string; disputedKeys: string[] }>;
    }
  | {
      kind: 'bars';
      year: number;
      rows: ChartRow[];
      bars: Array<{ key: string; indicator: string; dataKeys: string[] }>;
    };

function lineChart(panel: Panel): ChartModel {
  return {
    kind: 'line',
    rows: lineRows(panel),
    lines: panel.lines.map((line) => ({
      line,
      dataKey: line.key,
      disputedKeys: keys(line.key, disputedWidth(line)),
    })),
  };
}

function barChart(panel: Panel, year: number): ChartModel {
  const { rows, bars } = barRows(panel as Parameters<typeof barRows>[0], year);
  return {
    kind: 'bars',
    year,
    rows,
    bars: bars.map((b) => ({ key: b.key, indicator: b.indicator, dataKeys: keys(b.key, b.width) })),
  };
}

export type ChartKind = 'line' | 'bars';

/**
 * What Compare shows when the link names no indicator it knows: regional GDP and its share of national
 * GDP, the two figures a first visit most likely wants. The view says it is a default.
 */
export const DEFAULT_INDICATORS: readonly string[] = ['gdp', 'gdp_share_national_pct'];

export interface CompareModelQuery extends CompareQuery {
  chart: ChartKind;
  /** The chosen bar year; null (or a year without figures) means the latest year with figures. */
  year: number | null;
}

/** One small multiple as shown: its lines, the table rows that are exactly what its chart draws, the chart. */
export interface PanelModel {
  /** Unique among the model's panels. */
  id: string;
  unit: Unit | 'index';
  kind: PanelKind;
  /** Set when lines of one unit were split by size, so the view can say why there are two charts. */
  split: Panel['split'];
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
  /** The link names no known indicator: the view shows DEFAULT_INDICATORS and says so. */
  defaulted: boolean;
  /** The indicators asked for, after the default: what the picker shows as chosen. */
  chosen: string[];
  /** What the year fields offer, and where their two ends stand within it. */
  years: { min: number; max: number; from: number; to: number };
  /** The year of the bar chart; null when no year has a figure. */
  barYear: number | null;
  /** Years the bar chart can show, with how many of the chosen regions have a figure in each. */
  barYears: Array<{ year: number; regions: number }>;
  /** Chosen regions that no drawn line covers. */
  silentRegions: Region[];
  /** Chosen regions with figures in other years but none in the bar year (bar chart only). */
  barGaps: { year: number; regions: Region[] } | null;
  /** Regions whose shown figures cover different numbers of zones. */
  zoneBases: RegionBases[];
  /** Panels with at least one shown figure. */
  panels: PanelModel[];
}

/** Years with figures and how many regions each covers, oldest first. */
function regionsPerYear(result: CompareResult): Array<{ year: number; regions: number }> {
  const byYear = new Map<number, Set<Region>>();
  for (const r of result.rows) {
    const set = byYear.get(r.year) ?? new Set<Region>();
    set.add(r.line.region);
    byYear.set(r.year, set);
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, set]) => ({ year, regions: set.size }));
}

/**
 * The chosen year when it has figures; otherwise the latest year with the most regions, so bars open
 * on a comparison rather than on one national bar of a year no region reports yet.
 */
export function barYearOf(
  chosen: number | null,
  years: ReadonlyArray<{ year: number; regions: number }>,
): number | null {
  if (chosen !== null && years.some((y) => y.year === chosen)) return chosen;
  const most = Math.max(0, ...years.map((y) => y.regions));
  return years.findLast((y) => y.regions === most)?.year ?? null;
}

function yearBounds(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  result: CompareResult,
): CompareModel['years'] {
  const offered = offeredIndicators(dataset).flatMap((g) =>
    g.indicators.flatMap((i) => [i.years[0] as number, i.years.at(-1) as number]),
  );
  // The fields show exactly the range drawn; with nothing to draw they show everything that can be asked.
  const valid = result.from <= result.to;
  const min = Math.min(
    result.coverage?.from ?? Math.min(FIRST_DATA_YEAR, ...offered),
    valid ? result.from : Infinity,
  );
  const max = Math.max(result.coverage?.to ?? Math.max(...offered), valid ? result.to : -Infinity);
  return { min, max, from: valid ? result.from : min, to: valid ? result.to : max };
}

function panelModel(panel: Panel, rows: CompareRow[], chart: ChartModel): PanelModel {
  return {
    id: panel.id,
    unit: panel.unit,
    kind: panel.kind,
    split: panel.split,
    lines: panel.lines,
    indicators: [...new Set(panel.lines.map((l) => l.indicator))],
    rows,
    sources: new Set(rows.map((r) => r.observation.source)).size,
    chart,
  };
}

function compute(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  query: CompareModelQuery,
  result: CompareResult,
  barYears: CompareModel['barYears'],
  defaulted: boolean,
): CompareModel {
  const barYear = barYearOf(query.year, barYears);
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
    defaulted,
    chosen: query.ind.filter((id) => dataset.indicators.has(id)),
    years: yearBounds(dataset, result),
    barYear,
    barYears,
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
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  query: CompareModelQuery,
): CompareModel {
  const defaulted = !query.ind.some((id) => dataset.indicators.has(id));
  const asked = defaulted
    ? { ...query, ind: [...query.ind, ...DEFAULT_INDICATORS.filter((id) => dataset.indicators.has(id))] }
    : query;
  const result = selectCompare(dataset, asked);
  const barYears = regionsPerYear(result);
  const byView = cache.get(result) ?? new Map<string, CompareModel>();
  cache.set(result, byView);
  const key = `${query.chart}|${barYearOf(query.year, barYears)}`;
  let model = byView.get(key);
  if (!model) {
    model = compute(dataset, asked, result, barYears, defaulted);
    byView.set(key, model);
  }
  return model;
}
