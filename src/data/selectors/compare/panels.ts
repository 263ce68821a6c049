import type { IndicatorKind, Region, Unit } from '../../schema/enums';
import type { PlotLine } from './lines';

/** What a panel's axis measures: shares and growth rates in percent never share one. */
export type PanelKind = IndicatorKind | 'index';

/** One small multiple: lines of one unit and kind, of sizes that read on one axis. */
export interface Panel {
  /** Unique among the panels of one result: unit, kind and, when split, the size group. */
  id: string;
  unit: Unit | 'index';
  kind: PanelKind;
  lines: PlotLine[];
  /** Lines of this unit and kind were split by size: which group this is (0: the largest) of how many. */
  split: { group: number; of: number } | null;
}

/**
 * A line under this share of the largest line of its axis would draw flat along the floor: such
 * indicators get their own panel (FDI in billions beside trade in trillions of dollars).
 */
export const FLAT_RATIO = 1 / 12;

// Loops, not Math.max(...figures): a line of a large dataset holds more figures than a call has room for.
function topOf(line: PlotLine): number {
  let top = 0;
  for (const y of line.years) for (const s of y.statements) top = Math.max(top, Math.abs(s.value));
  return top;
}

/**
 * Indicators of one axis grouped by size, largest first. Regions and publication series of one
 * indicator always stay together: a small region beside the national total is the comparison asked for.
 */
export function sizeGroups(lines: readonly PlotLine[]): PlotLine[][] {
  const tops = new Map<string, number>();
  for (const l of lines) tops.set(l.indicator, Math.max(tops.get(l.indicator) ?? 0, topOf(l)));
  const indicators = [...tops].sort((a, b) => b[1] - a[1]);
  const groups: string[][] = [];
  let groupTop = 0;
  for (const [id, top] of indicators) {
    const current = groups.at(-1);
    if (current && top >= groupTop * FLAT_RATIO) current.push(id);
    else {
      groups.push([id]);
      groupTop = top;
    }
  }
  return groups.map((ids) => lines.filter((l) => ids.includes(l.indicator)));
}

/** Units measured in amounts, where sizes can differ by orders of magnitude. */
const SIZED: ReadonlySet<Unit | 'index'> = new Set(['CNY billion', 'USD billion', 'count', 'km2']);

/**
 * Lines that cannot share an axis never do: one panel per unit and kind (a share is not a growth
 * rate), split again where one indicator would be flat beside another. Panels keep the order of
 * first use.
 */
export function groupPanels(
  lines: readonly PlotLine[],
  kindOf: (indicator: string) => IndicatorKind = () => 'level',
): Panel[] {
  const byAxis = new Map<string, { unit: Unit | 'index'; kind: PanelKind; lines: PlotLine[] }>();
  for (const line of lines) {
    const kind: PanelKind = line.unit === 'index' ? 'index' : kindOf(line.indicator);
    const key = `${line.unit}|${kind}`;
    const axis = byAxis.get(key);
    if (axis) axis.lines.push(line);
    else byAxis.set(key, { unit: line.unit, kind, lines: [line] });
  }
  return [...byAxis.entries()].flatMap(([key, axis]) => {
    const groups = SIZED.has(axis.unit) ? sizeGroups(axis.lines) : [axis.lines];
    const panels = groups.map((group, i) => ({
      id: groups.length > 1 ? `${key}|${i}` : key,
      unit: axis.unit,
      kind: axis.kind,
      // Within a panel lines keep the order they were chosen in.
      lines: axis.lines.filter((l) => group.includes(l)),
      split: groups.length > 1 ? { group: i, of: groups.length } : null,
    }));
    // Split panels, too, come in the order their indicators were chosen.
    const first = (p: Panel) => axis.lines.indexOf(p.lines[0] as PlotLine);
    return panels.sort((a, b) => first(a) - first(b));
  });
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
  // Each line's field names once, not once per row: a disputed year at scale holds dozens of figures.
  const fields = panel.lines.map(() => ({ value: [] as string[], qualifier: [] as string[] }));
  const field = (i: number, key: string, j: number) => {
    const f = fields[i] as { value: string[]; qualifier: string[] };
    if (f.value[j] === undefined) {
      f.value[j] = `${key}_${j}`;
      f.qualifier[j] = qualifierKey(`${key}_${j}`);
    }
    return f;
  };
  const plain = panel.lines.map((line) => qualifierKey(line.key));
  return years.map((year, i) => {
    const row: ChartRow = { year };
    panel.lines.forEach((line, l) => {
      const statements = line.years[i]?.statements ?? [];
      row[line.key] = statements.length === 1 ? (statements[0]?.value ?? null) : null;
      row[plain[l] as string] = statements.length === 1 ? (statements[0]?.qualifier ?? '') : '';
      if (statements.length > 1)
        statements.forEach((s, j) => {
          const f = field(l, line.key, j);
          row[f.value[j] as string] = s.value;
          row[f.qualifier[j] as string] = s.qualifier;
        });
    });
    return row;
  });
}

/** How many separate marks the disputed years of a line need (0 when none is disputed). */
export function disputedWidth(line: PlotLine): number {
  let width = 0;
  for (const y of line.years) if (y.statements.length > 1) width = Math.max(width, y.statements.length);
  return width;
}

/** A bar group: one indicator and publication series across regions. */
export interface BarSeries {
  key: string;
  indicator: string;
  width: number;
}

/** The row field that names the publication series of the figure under `dataKey` on a bar chart. */
export const seriesKey = (dataKey: string) => `${dataKey}:s`;

/**
 * Rows by region for one year: one bar group per indicator, so a region's bar stands over its name
 * whichever series states it; a region's figures from several series, or disputed ones, become
 * neighbouring bars (none picked), each row naming the series of each figure under `seriesKey`.
 */
export function barRows(panel: Panel, year: number): { rows: ChartRow[]; bars: BarSeries[] } {
  const bars: BarSeries[] = [];
  const regions: Region[] = [];
  const rowsByRegion = new Map<Region, ChartRow>();
  const filled = new Map<ChartRow, Map<string, number>>();
  for (const line of panel.lines) {
    const statements = line.years.find((y) => y.year === year)?.statements ?? [];
    if (statements.length === 0) continue;
    let bar = bars.find((b) => b.indicator === line.indicator);
    if (!bar) {
      bar = { key: `b${bars.length}`, indicator: line.indicator, width: 0 };
      bars.push(bar);
    }
    if (!regions.includes(line.region)) regions.push(line.region);
    const row = rowsByRegion.get(line.region) ?? { region: line.region };
    const counts = filled.get(row) ?? new Map<string, number>();
    filled.set(row, counts);
    let slot = counts.get(bar.key) ?? 0;
    for (const s of statements) {
      const key = `${bar.key}_${slot}`;
      row[key] = s.value;
      row[qualifierKey(key)] = s.qualifier;
      row[seriesKey(key)] = line.series;
      slot += 1;
    }
    counts.set(bar.key, slot);
    bar.width = Math.max(bar.width, slot);
    rowsByRegion.set(line.region, row);
  }
  return { rows: regions.map((r) => rowsByRegion.get(r) as ChartRow), bars };
}
