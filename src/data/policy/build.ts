import { parseCsvTable, type DataIssue } from '../parse';
import type { PolicyArea, PolicyData, PolicyDocument, PolicyMeasure } from './model';
import { numeralValue } from './numerals';
import type { z } from 'zod';
import {
  areaRow,
  bodyRow,
  documentRow,
  measureRow,
  POLICY_TABLES,
  tagRow,
  type PolicyTableName,
  type PolicyTexts,
} from './schema';

const fileOf = (name: PolicyTableName) => POLICY_TABLES[name].file;

function firstById<T extends { line: number }>(
  name: PolicyTableName,
  rows: T[],
  idOf: (row: T) => string,
  issues: DataIssue[],
  column = 'id',
): T[] {
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const id = idOf(row);
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        file: fileOf(name),
        line: row.line,
        column,
        reason: `duplicate id "${id}" (first on line ${first})`,
      });
      return false;
    }
    seen.set(id, row.line);
    return true;
  });
}

/**
 * Parses the policy tables and checks their references (document, area, tag, body). A bad row is
 * reported with file, line, column and reason and left out; the rest still loads.
 */
export function buildPolicy(texts: PolicyTexts): PolicyData {
  const issues: DataIssue[] = [];
  const parse = <S extends z.ZodObject>(name: PolicyTableName, schema: S) => {
    const parsed = parseCsvTable(fileOf(name), texts[name], schema);
    issues.push(...parsed.issues);
    return parsed.rows;
  };
  const unknown = (
    name: PolicyTableName,
    line: number,
    column: string,
    what: string,
    id: string,
    where: PolicyTableName,
  ) =>
    issues.push({
      file: fileOf(name),
      line,
      column,
      reason: `unknown ${what} "${id}" (not in ${fileOf(where)})`,
    });

  const tagRows = firstById('tags', parse('tags', tagRow), (r) => r.id, issues).sort(
    (a, b) => a.order - b.order,
  );
  const tags = tagRows.map((t) => t.id);
  const bodies = firstById('bodies', parse('bodies', bodyRow), (r) => r.id, issues)
    .sort((a, b) => a.order - b.order)
    .map((b) => b.id);

  const documents: PolicyDocument[] = firstById(
    'documents',
    parse('documents', documentRow),
    (r) => r.id,
    issues,
  )
    .map((r) => ({
      id: r.id,
      date: r.date,
      kind: r.kind,
      docNumber: r.doc_number,
      numberConfidence: r.number_confidence,
      statedAreas: r.stated_areas,
      statedMeasures: r.stated_measures,
      completeness: r.completeness,
      sources: r.sources,
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));

  const areas: PolicyArea[] = firstById(
    'areas',
    parse('areas', areaRow),
    (r) => `${r.document}:${r.key}`,
    issues,
    'key',
  )
    .filter(
      (r) =>
        docIndex.has(r.document) ||
        (unknown('areas', r.line, 'document', 'document', r.document, 'documents'), false),
    )
    .map((r) => ({
      id: `${r.document}:${r.key}`,
      document: r.document,
      key: r.key,
      number: r.number,
      order: r.order,
      counted: r.counted,
    }))
    .sort((a, b) => docIndex.get(a.document)! - docIndex.get(b.document)! || a.order - b.order);
  const areaOrder = new Map(areas.map((a, i) => [a.id, i]));

  const tagSet = new Set(tags);
  const bodySet = new Set(bodies);
  const measures: PolicyMeasure[] = [];
  for (const r of firstById('measures', parse('measures', measureRow), (m) => m.id, issues)) {
    if (!docIndex.has(r.document)) {
      unknown('measures', r.line, 'document', 'document', r.document, 'documents');
      continue;
    }
    if (!areaOrder.has(`${r.document}:${r.area}`)) {
      unknown('measures', r.line, 'area', `area of ${r.document}`, r.area, 'areas');
      continue;
    }
    const badTag = r.tags.find((t) => !tagSet.has(t));
    if (badTag !== undefined) {
      unknown('measures', r.line, 'tags', 'tag', badTag, 'tags');
      continue;
    }
    const badBody = r.bodies.find((b) => !bodySet.has(b));
    if (badBody !== undefined) {
      unknown('measures', r.line, 'bodies', 'body', badBody, 'bodies');
      continue;
    }
    measures.push({
      id: r.id,
      document: r.document,
      area: r.area,
      number: r.number,
      numberValue: r.number === null ? null : numeralValue(r.number),
      order: r.order,
      tags: r.tags,
      bodies: r.bodies,
      source: r.source,
      moreSources: r.more_sources,
      titleIsOfficial: r.title_is_official,
      titleNote: r.title_note,
      numberingVerified: r.numbering_verified,
      weight: r.weight,
    });
  }
  measures.sort(
    (a, b) =>
      areaOrder.get(`${a.document}:${a.area}`)! - areaOrder.get(`${b.document}:${b.area}`)! ||
      a.order - b.order,
  );

  return { documents, areas, measures, tags, bodies, issues };
}
