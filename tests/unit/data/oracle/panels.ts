import type { IndicatorKind, Unit } from '../../../../src/data/schema/enums';
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

const topOf = (line: PlotLine) =>
  Math.max(0, ...line.years.flatMap((y) => y.statements.map((s) => Math.abs(s.value))));

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

/** How many separate marks the disputed years of a line need (0 when none is disputed). */
export function disputedWidth(line: PlotLine): number {
  return Math.max(0, ...line.years.map((y) => (y.statements.length > 1 ? y.statements.length : 0)));
}

export type ChartRow = Record<string, number | string | null>;

const qualifierKey = (dataKey: string) => `${dataKey}:q`;

/** Chart rows by year, as before the field names were made once per line. */
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
