import type { DataIssue } from '../issues';
import type { COMPLETENESS, TITLE_NOTES, TITLE_OFFICIAL } from './schema';

/** A central document or a leader's statement; texts under `policies:documents.<id>.*`. */
export interface PolicyDocument {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow. */
  date: string;
  kind: 'document' | 'statement';
  docNumber: string | null;
  /** null = no doubt recorded; otherwise see `documents.<id>.numberNote`. */
  numberConfidence: 'medium' | 'low' | null;
  /** Counts the document itself states, where known (not what the dataset holds). */
  statedAreas: number | null;
  statedMeasures: number | null;
  completeness: (typeof COMPLETENESS)[number];
  sources: string[];
}

/** A section of a document; texts under `policies:areas.<document>.<key>`. */
export interface PolicyArea {
  /** `<document>:<key>` */
  id: string;
  document: string;
  key: string;
  /** The document's own section number; null for a grouping that is not a numbered section. */
  number: number | null;
  order: number;
  /** False for groupings the stated counts leave out (a briefing statement, the closing section). */
  counted: boolean;
}

/** One measure; texts under `policies:measures.<id>.*` (title, summary, verification, sourceNote). */
export interface PolicyMeasure {
  id: string;
  document: string;
  /** Area key within the document. */
  area: string;
  /** As the document numbers it (一, 十, 19 …); null when unknown. */
  number: string | null;
  /** The value of `number` (十一 → 11), for languages that write section numbers in digits. */
  numberValue: number | null;
  order: number;
  tags: string[];
  bodies: string[];
  /** null: the only source has no address (see the verification note). */
  source: string | null;
  moreSources: string[];
  /** false: a paraphrased grouping, not the document's heading; probable: from a summary, unchecked. */
  titleIsOfficial: (typeof TITLE_OFFICIAL)[number];
  /** Why the title is not official: a compiler's grouping (partly from a briefing) or a back-translation. */
  titleNote: Exclude<(typeof TITLE_NOTES)[number], ''> | null;
  numberingVerified: boolean;
  /** Weight in percent (assessment indicators). */
  weight: number | null;
}

export interface PolicyData {
  /** Sorted by date (a year-only date sorts before the dated ones of that year). */
  documents: PolicyDocument[];
  /** Sorted by document, then order. */
  areas: PolicyArea[];
  /** Sorted by document, area order, then order. */
  measures: PolicyMeasure[];
  /** The fixed theme vocabulary, in display order; labels under `policies:tags.<tag>`. */
  tags: string[];
  /** Labels under `policies:bodies.<id>`. */
  bodies: string[];
  issues: DataIssue[];
}
