import type { Dataset, Observation } from '../../model';
import { HEADLINE_PAIRS } from '../headline';
import { perDataset } from '../memo';
import { observationsByIndicator, yearSpan } from '../observations';
import { buildYearLines } from '../yearLines';
import { groupStatements, hasConflict, type Statement } from '../statements';

/** One economic figure beside the zone count, for exactly the playhead year (a gap stays a gap). */
export interface ContextFigure {
  indicator: string;
  statements: Statement<Observation>[];
  conflict: boolean;
}

export const CONTEXT_INDICATORS: readonly string[] = HEADLINE_PAIRS.flatMap((p) => [p.level, p.share]);

/** National full-year lines of the headline indicators, built once per dataset with the shared line selector. */
const contextLines = perDataset((dataset: Pick<Dataset, 'observations'>) => {
  const byIndicator = observationsByIndicator(dataset);
  const { from, to } = yearSpan(dataset.observations) ?? { from: 0, to: -1 };
  return new Map(
    CONTEXT_INDICATORS.map((indicator) => {
      const [line] = buildYearLines(byIndicator.get(indicator) ?? [], {
        indicator,
        regions: ['national'],
        from,
        to,
      });
      return [indicator, line] as const;
    }),
  );
});

export function contextAt(dataset: Pick<Dataset, 'observations'>, year: number): ContextFigure[] {
  return CONTEXT_INDICATORS.map((indicator) => {
    const point = contextLines(dataset)
      .get(indicator)
      ?.points.find((p) => p.year === year);
    const statements = groupStatements(point?.observations ?? []);
    return { indicator, statements, conflict: hasConflict(statements) };
  });
}
