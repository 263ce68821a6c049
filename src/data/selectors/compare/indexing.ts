import type { Qualifier } from '../../schema/enums';
import type { PlotLine } from './lines';

/** An index inherits the doubt of both figures it divides: a bound stays a bound only over an exact base. */
function indexQualifier(point: Qualifier, base: Qualifier): Qualifier {
  if (base === '') return point;
  return '≈';
}

/** The one figure of a year a line can be indexed on: undisputed, not a bound, not zero. */
function baseFigure(line: PlotLine, year: number) {
  const y = line.years.find((item) => item.year === year);
  const only = y?.statements.length === 1 ? y.statements[0] : undefined;
  return only && (only.qualifier === '' || only.qualifier === '≈') && only.value !== 0 ? only : undefined;
}

/**
 * The line as an index on `baseYear` (= 100), or null when that year has no single usable figure.
 * Every year is divided by the same base figure, before and after it; gaps stay gaps, and disputed
 * years keep every figure, each indexed.
 */
export function indexLine(line: PlotLine, baseYear: number): PlotLine | null {
  const base = baseFigure(line, baseYear);
  if (!base) return null;
  return {
    ...line,
    unit: 'index',
    baseYear,
    years: line.years.map((y) => ({
      year: y.year,
      disputed: y.disputed,
      marks: y.marks,
      statements: y.statements.map((s) => ({
        ...s,
        value: (s.value / base.value) * 100,
        qualifier: indexQualifier(s.qualifier, base.qualifier),
      })),
    })),
  };
}

/** A year the index can be based on, with how many of the lines have a usable figure in it. */
export interface BaseOption {
  year: number;
  lines: number;
}

export interface IndexedLines {
  /** The year every drawn line is 100 in; null when no line has a usable figure. */
  base: number | null;
  /** Years with at least one usable figure, in order. */
  options: BaseOption[];
  lines: PlotLine[];
  /** Lines without a usable figure in the base year: left out, and said so. */
  dropped: PlotLine[];
}

/**
 * One base year for all lines, so they can be read against each other: the chosen year when some line
 * has a usable figure in it, otherwise the first year every line has one, otherwise the first of the
 * years that most lines have.
 */
export function indexLines(lines: readonly PlotLine[], chosen: number | null): IndexedLines {
  const years = [...new Set(lines.flatMap((l) => l.years.map((y) => y.year)))].sort((a, b) => a - b);
  const options = years
    .map((year) => ({ year, lines: lines.filter((l) => baseFigure(l, year)).length }))
    .filter((o) => o.lines > 0);
  const most = Math.max(0, ...options.map((o) => o.lines));
  const base =
    options.find((o) => o.year === chosen)?.year ?? options.find((o) => o.lines === most)?.year ?? null;
  if (base === null) return { base, options, lines: [], dropped: [...lines] };
  const indexed: PlotLine[] = [];
  const dropped: PlotLine[] = [];
  for (const line of lines) {
    const result = indexLine(line, base);
    if (result) indexed.push(result);
    else dropped.push(line);
  }
  return { base, options, lines: indexed, dropped };
}
