import type { Region, Unit } from '../../schema/enums';
import type { PlotLine } from './lines';

/** One small multiple: every line measured in one unit, on its own y-axis. */
export interface Panel {
  unit: Unit | 'index';
  lines: PlotLine[];
}

/** Lines with different units never share an axis: one panel per unit, in order of first use. */
export function groupPanels(lines: readonly PlotLine[]): Panel[] {
  const panels: Panel[] = [];
  for (const line of lines) {
    const panel = panels.find((p) => p.unit === line.unit);
    if (panel) panel.lines.push(line);
    else panels.push({ unit: line.unit, lines: [line] });
  }
  return panels;
}

export type ChartRow = Record<string, number | string | null>;

/** Where a row keeps the qualifier of the figure under `dataKey`, so approximate marks can be drawn hollow. */
export const qualifierKey = (dataKey: string) => `${dataKey}:q`;

/**
 * Chart rows by year. `key` holds a year's figure when it has exactly one; disputed years leave it
 * null (no figure is picked) and put every figure under `key_0`, `key_1`… drawn as separate marks.
 * `qualifierKey(key)` carries the qualifier.
 */
export function lineRows(panel: Panel): ChartRow[] {
  const years = panel.lines[0]?.years.map((y) => y.year) ?? [];
  return years.map((year, i) => {
    const row: ChartRow = { year };
    for (const line of panel.lines) {
      const statements = line.years[i]?.statements ?? [];
      row[line.key] = statements.length === 1 ? (statements[0]?.value ?? null) : null;
      row[qualifierKey(line.key)] = statements.length === 1 ? (statements[0]?.qualifier ?? '') : '';
      if (statements.length > 1)
        statements.forEach((s, j) => {
          row[`${line.key}_${j}`] = s.value;
          row[qualifierKey(`${line.key}_${j}`)] = s.qualifier;
        });
    }
    return row;
  });
}

/** How many separate marks the disputed years of a line need (0 when none is disputed). */
export function disputedWidth(line: PlotLine): number {
  return Math.max(0, ...line.years.map((y) => (y.statements.length > 1 ? y.statements.length : 0)));
}

/** A bar group: one indicator and publication series across regions. */
export interface BarSeries {
  key: string;
  indicator: string;
  series: PlotLine['series'];
  width: number;
}

/** Rows by region for one year; a series' disputed figures become neighbouring bars, none picked. */
export function barRows(panel: Panel, year: number): { rows: ChartRow[]; bars: BarSeries[] } {
  const bars: BarSeries[] = [];
  const regions: Region[] = [];
  const rowsByRegion = new Map<Region, ChartRow>();
  for (const line of panel.lines) {
    const statements = line.years.find((y) => y.year === year)?.statements ?? [];
    if (statements.length === 0) continue;
    let bar = bars.find((b) => b.indicator === line.indicator && b.series === line.series);
    if (!bar) {
      bar = { key: `b${bars.length}`, indicator: line.indicator, series: line.series, width: 0 };
      bars.push(bar);
    }
    bar.width = Math.max(bar.width, statements.length);
    if (!regions.includes(line.region)) regions.push(line.region);
    const row = rowsByRegion.get(line.region) ?? { region: line.region };
    statements.forEach((s, j) => {
      row[`${bar.key}_${j}`] = s.value;
      row[qualifierKey(`${bar.key}_${j}`)] = s.qualifier;
    });
    rowsByRegion.set(line.region, row);
  }
  return { rows: regions.map((r) => rowsByRegion.get(r) as ChartRow), bars };
}
