import type { DataIssue } from '../issues';
import { tableLoader } from '../tableLoader';
import type { PolicyArea, PolicyData, PolicyDocument, PolicyMeasure } from './model';
import { numeralValue } from './numerals';
import { areaId, POLICY_TABLES, type PolicyTexts } from './schema';

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/**
 * Parses the policy tables and checks their references (declared in ./schema: document, area, tag,
 * body). A bad row is reported with file, line, column and reason and left out; the rest still loads.
 */
export function buildPolicy(texts: PolicyTexts): PolicyData {
  const issues: DataIssue[] = [];
  const load = tableLoader(POLICY_TABLES, texts, issues);

  const tags = load('tags')
    .sort(byOrder)
    .map((t) => t.id);
  const bodies = load('bodies')
    .sort(byOrder)
    .map((b) => b.id);

  const documents: PolicyDocument[] = load('documents')
    .map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      docNumber: r.doc_number || null,
      numberConfidence: r.number_confidence,
      statedAreas: r.stated_areas,
      statedMeasures: r.stated_measures,
      completeness: r.completeness,
      sources: r.sources,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));

  const areas: PolicyArea[] = load('areas')
    .map((r) => ({
      id: areaId(r.document, r.key),
      document: r.document,
      key: r.key,
      number: r.number,
      order: r.order,
      counted: r.counted,
    }))
    .sort((a, b) => docIndex.get(a.document)! - docIndex.get(b.document)! || a.order - b.order);
  const areaOrder = new Map(areas.map((a, i) => [a.id, i]));

  const measures: PolicyMeasure[] = load('measures')
    .map((r) => ({
      id: r.id,
      document: r.document,
      area: r.area,
      number: r.number || null,
      numberValue: r.number ? numeralValue(r.number) : null,
      order: r.order,
      tags: r.tags,
      bodies: r.bodies,
      source: r.source,
      moreSources: r.more_sources,
      titleIsOfficial: r.title_is_official,
      titleNote: r.title_note,
      numberingVerified: r.numbering_verified,
      weight: r.weight,
    }))
    .sort(
      (a, b) =>
        areaOrder.get(areaId(a.document, a.area))! - areaOrder.get(areaId(b.document, b.area))! ||
        a.order - b.order,
    );

  return { documents, areas, measures, tags, bodies, issues };
}
