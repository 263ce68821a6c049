import type { Dataset } from '../../src/data/model';
import type { DataIssue } from '../../src/data/parse';

/**
 * Notes that say the figure is the source's own rounding or paraphrase ("10 percent", "approaching a
 * quarter"). A MOFCOM release states its figures exactly, so such a figure cannot be labelled as
 * the statistics release or the assessment: users would read a retelling as the official number.
 */
const RETOLD = (note: string) => note === 'rounded' || note.startsWith('stated-');

export function checkSeries(dataset: Dataset, file = 'values.csv'): DataIssue[] {
  return dataset.observations
    .filter((o) => o.series !== 'other' && o.note.some(RETOLD))
    .map((o) => ({
      file,
      line: o.line,
      column: 'series',
      reason: `series "${o.series}" but the source only retells the figure (note ${o.note.filter(RETOLD).join(' ')}): use "other"`,
    }));
}
