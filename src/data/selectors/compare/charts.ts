import type { Region } from '../../schema/enums';
import type { PlotLine } from './lines';
import { barRows, disputedWidth, lineRows, type ChartRow, type Panel } from './panels';

/** A line over the years, and the separate marks its disputed years need (no figure of them is picked). */
export interface LineMark {
  line: PlotLine;
  dataKey: string;
  disputedKeys: string[];
}

/** Everything a line chart draws: rows by year, one line per plotted line. */
export interface LineChartModel {
  kind: 'line';
  rows: ChartRow[];
  lines: LineMark[];
}

/** A bar group (one indicator); several keys where a region has figures that disagree or several series. */
export interface BarMark {
  key: string;
  indicator: string;
  dataKeys: string[];
}

/** Everything a bar chart draws: one row per region with a figure in `year`. */
export interface BarChartModel {
  kind: 'bars';
  year: number;
  rows: ChartRow[];
  bars: BarMark[];
}

export type ChartModel = LineChartModel | BarChartModel;

/** The x value of a row: a year on a line chart, a region on a bar chart. */
export type ChartX = number | Region;

const keys = (key: string, width: number) => Array.from({ length: width }, (_, j) => `${key}_${j}`);

// Recharts re-renders whenever `data` is a new array: a panel's rows are built once and kept.
const lineCache = new WeakMap<Panel, LineChartModel>();
const barCache = new WeakMap<Panel, Map<number, BarChartModel>>();

export function lineChart(panel: Panel): LineChartModel {
  let chart = lineCache.get(panel);
  if (!chart) {
    chart = {
      kind: 'line',
      rows: lineRows(panel),
      lines: panel.lines.map((line) => ({
        line,
        dataKey: line.key,
        disputedKeys: keys(line.key, disputedWidth(line)),
      })),
    };
    lineCache.set(panel, chart);
  }
  return chart;
}

export function barChart(panel: Panel, year: number): BarChartModel {
  const byYear = barCache.get(panel) ?? new Map<number, BarChartModel>();
  barCache.set(panel, byYear);
  let chart = byYear.get(year);
  if (!chart) {
    const { rows, bars } = barRows(panel, year);
    chart = {
      kind: 'bars',
      year,
      rows,
      bars: bars.map((b) => ({
        key: b.key,
        indicator: b.indicator,
        dataKeys: keys(b.key, b.width),
      })),
    };
    byYear.set(year, chart);
  }
  return chart;
}
