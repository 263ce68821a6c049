import type { PolicyData } from '../../policy/model';
import { perDataset } from '../memo';

export interface ThemeRow {
  tag: string;
  /** Measures carrying the tag, per document, in the order of `documents`. */
  counts: number[];
  total: number;
}

export interface ThemeMatrix {
  /** Document ids in date order, only those with measures. */
  documents: string[];
  rows: ThemeRow[];
  /** Largest cell, for scaling the heatmap colour. */
  max: number;
}

/** Theme × document counts: how the emphasis moved from one document to the next. */
export const themeMatrix = perDataset((data: PolicyData): ThemeMatrix => {
  const documents = data.documents
    .filter((d) => data.measures.some((m) => m.document === d.id))
    .map((d) => d.id);
  const rows = data.tags.map((tag) => {
    const counts = documents.map(
      (doc) => data.measures.filter((m) => m.document === doc && m.tags.includes(tag)).length,
    );
    return { tag, counts, total: counts.reduce((a, b) => a + b, 0) };
  });
  return { documents, rows, max: Math.max(0, ...rows.flatMap((r) => r.counts)) };
});
