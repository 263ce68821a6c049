import type { Dataset } from '../../model';
import { FIRST_DATA_YEAR, type Region, type Unit } from '../../schema/enums';
import { offeredIndicators } from './catalog';
import { barChart, lineChart, type ChartModel } from './charts';
import type { PlotLine } from './lines';
import type { Panel, PanelKind } from './panels';
import {
  chosenRegions,
  compareRows,
  drawnFacts,
  selectCompare,
  type CompareQuery,
  type CompareResult,
  type CompareRow,
  type RegionBases,
} from './select';

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
  // A year of a line with a statement has rows: the lines say what the rows would, without building them.
  for (const line of result.lines)
    for (const y of line.years) {
      if (y.statements.length === 0) continue;
      const set = byYear.get(y.year) ?? new Set<Region>();
      set.add(line.region);
      byYear.set(y.year, set);
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
  // Only a selection without figures needs the catalogue's years, which at scale means every figure's year.
  const offered = () =>
    offeredIndicators(dataset).flatMap((g) =>
      g.indicators.flatMap((i) => [i.years[0] as number, i.years.at(-1) as number]),
    );
  // The fields show exactly the range drawn; with nothing to draw they show everything that can be asked.
  const valid = result.from <= result.to;
  const min = Math.min(
    result.coverage?.from ?? Math.min(FIRST_DATA_YEAR, ...offered()),
    valid ? result.from : Infinity,
  );
  const max = Math.max(result.coverage?.to ?? Math.max(...offered()), valid ? result.to : -Infinity);
  return { min, max, from: valid ? result.from : min, to: valid ? result.to : max };
}

/**
 * A panel as shown. Its table rows are built when first read: the chart draws one row per year from
 * the lines, and at scale the table's rows (one per figure) are tens of thousands.
 */
function panelModel(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  panel: Panel,
  // The result's lines of the panel's unit, in order: its rows have always been every row of the unit.
  unitLines: readonly PlotLine[],
  year: number | undefined,
  sources: number,
  chart: ChartModel,
): PanelModel {
  let rows: CompareRow[] | undefined;
  return {
    id: panel.id,
    unit: panel.unit,
    kind: panel.kind,
    split: panel.split,
    lines: panel.lines,
    indicators: [...new Set(panel.lines.map((l) => l.indicator))],
    get rows() {
      return (rows ??= compareRows(dataset, unitLines, year));
    },
    sources,
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
  // A bar chart shows one year; with no year to show it shows nothing.
  const year = bars ? (barYear ?? NaN) : undefined;
  const byUnit = new Map<PlotLine['unit'], PlotLine[]>();
  for (const line of result.lines) {
    const list = byUnit.get(line.unit);
    if (list) list.push(line);
    else byUnit.set(line.unit, [line]);
  }
  const facts = drawnFacts(result.lines, year);
  const panels: PanelModel[] = [];
  for (const panel of result.panels) {
    const unitLines = byUnit.get(panel.unit) ?? [];
    // Panels split by size share their unit's lines, so its rows and their sources.
    const sources = facts.sourcesByUnit.get(panel.unit) ?? 0;
    // Every figure has a source: no source, no row. A bar chart of one year leaves out the units
    // that have no figure that year.
    if (sources === 0) continue;
    panels.push(
      panelModel(
        dataset,
        panel,
        unitLines,
        year,
        sources,
        bars && barYear !== null ? barChart(panel, barYear) : lineChart(panel),
      ),
    );
  }
  const inBarYear = new Set<Region>();
  if (bars)
    for (const line of result.lines)
      if (line.years.some((y) => y.year === barYear && y.statements.length > 0)) inBarYear.add(line.region);
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
            regions: regions.filter((r) => drawn(r) && !inBarYear.has(r)),
          }
        : null,
    zoneBases: facts.zoneBases,
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
