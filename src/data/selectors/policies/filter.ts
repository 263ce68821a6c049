import type { PolicyData, PolicyMeasure } from '../../policy/model';
import { matches, normaliseQuery, type MeasureText } from './search';

export interface MeasureFilter {
  doc: string | null;
  area: string | null;
  /** Any of these themes; empty = all. */
  tags: readonly string[];
  q: string;
}

/**
 * The measures that pass the filters, in document (date) and area order. `textOf` gives each
 * measure's title and summary in the current language; search runs over those only.
 */
export function filterMeasures(
  data: Pick<PolicyData, 'measures'>,
  filter: MeasureFilter,
  textOf: (id: string) => MeasureText,
  lng: string,
): PolicyMeasure[] {
  const q = normaliseQuery(filter.q);
  return data.measures.filter((m) => {
    if (filter.doc !== null && m.document !== filter.doc) return false;
    if (filter.area !== null && m.area !== filter.area) return false;
    if (filter.tags.length > 0 && !filter.tags.some((t) => m.tags.includes(t))) return false;
    if (q === '') return true;
    const text = textOf(m.id);
    return matches(text.title, q, lng) || matches(text.summary, q, lng);
  });
}

export interface MeasureGroup {
  document: string;
  area: string;
  measures: PolicyMeasure[];
}

/** Consecutive measures of one document area, keeping the given order. */
export function groupByArea(measures: readonly PolicyMeasure[]): MeasureGroup[] {
  const groups: MeasureGroup[] = [];
  for (const m of measures) {
    const last = groups.at(-1);
    if (last && last.document === m.document && last.area === m.area) last.measures.push(m);
    else groups.push({ document: m.document, area: m.area, measures: [m] });
  }
  return groups;
}

export interface DocumentCounts {
  /** Measures held in areas the stated count covers. */
  counted: number;
  /** Measures held in groupings outside the stated count (a briefing statement, a closing section). */
  outside: number;
  /** Areas held that the stated count covers. */
  areas: number;
  /** Held measures whose heading is not the document's own. */
  paraphrased: number;
}

/** What the dataset holds for one document, to set against what the document states. */
export function documentCounts(data: Pick<PolicyData, 'areas' | 'measures'>, doc: string): DocumentCounts {
  const counted = new Set(data.areas.filter((a) => a.document === doc && a.counted).map((a) => a.key));
  const measures = data.measures.filter((m) => m.document === doc);
  return {
    counted: measures.filter((m) => counted.has(m.area)).length,
    outside: measures.filter((m) => !counted.has(m.area)).length,
    areas: counted.size,
    paraphrased: measures.filter((m) => m.titleIsOfficial === 'false').length,
  };
}
