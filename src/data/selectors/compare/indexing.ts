import type { Qualifier } from '../../schema/enums';
import type { PlotLine } from './lines';

/** An index inherits the doubt of both figures it divides: a bound stays a bound only over an exact base. */
function indexQualifier(point: Qualifier, base: Qualifier): Qualifier {
  if (base === '') return point;
  return '≈';
}

/**
 * The line as an index: its first year with one undisputed, non-bound figure is 100. Computed only
 * within this one line; gaps stay gaps, and disputed years keep every figure, each indexed.
 * Years before the base are left out: they have no single figure to divide by. A line without any
 * usable base comes back empty.
 */
export function indexLine(line: PlotLine): PlotLine {
  const baseYear = line.years.find(
    (y) =>
      y.statements.length === 1 &&
      (y.statements[0]?.qualifier === '' || y.statements[0]?.qualifier === '≈') &&
      y.statements[0].value !== 0,
  );
  const base = baseYear?.statements[0];
  if (!baseYear || !base)
    return {
      ...line,
      unit: 'index',
      years: line.years.map((y) => ({ year: y.year, statements: [], disputed: false, marks: [] })),
    };
  return {
    ...line,
    unit: 'index',
    baseYear: baseYear.year,
    years: line.years.map((y) =>
      y.year < baseYear.year
        ? { year: y.year, statements: [], disputed: false, marks: [] }
        : {
            year: y.year,
            disputed: y.disputed,
            marks: y.marks,
            statements: y.statements.map((s) => ({
              ...s,
              value: (s.value / base.value) * 100,
              qualifier: indexQualifier(s.qualifier, base.qualifier),
            })),
          },
    ),
  };
}
