import type { PlotLine, PlotStatement } from './lines';

/** One figure a chart shows at a point, with the line it belongs to. */
export interface PointEntry {
  line: PlotLine;
  statement: PlotStatement;
  disputed: boolean;
}

/** The figures a chart shows at one year (or one region of a bar chart): what its tooltip and dialog list. */
export function pointsAt(lines: readonly PlotLine[], year: number, region?: string): PointEntry[] {
  return lines.flatMap((line) => {
    if (region !== undefined && line.region !== region) return [];
    const at = line.years.find((y) => y.year === year);
    return (at?.statements ?? []).map((statement) => ({ line, statement, disputed: at?.disputed ?? false }));
  });
}
