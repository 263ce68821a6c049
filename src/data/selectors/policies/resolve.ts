import type { PolicyData } from '../../policy/model';

export interface PolicySelection {
  doc: string | null;
  area: string | null;
  tags: string[];
  measure: string | null;
}

export interface UnknownId {
  param: 'doc' | 'area' | 'tag' | 'measure';
  value: string;
}

/**
 * Checks ids from a link against the material: a well-formed id that names nothing is dropped
 * from the selection and reported, so the view can say so instead of showing a blank list.
 */
export function resolveSelection(
  data: Pick<PolicyData, 'documents' | 'areas' | 'measures' | 'tags'>,
  params: { doc: string | null; area: string | null; tag: readonly string[]; measure: string | null },
): { selection: PolicySelection; unknown: UnknownId[] } {
  const unknown: UnknownId[] = [];
  const doc = params.doc !== null && data.documents.some((d) => d.id === params.doc) ? params.doc : null;
  if (params.doc !== null && doc === null) unknown.push({ param: 'doc', value: params.doc });
  let area: string | null = null;
  if (params.area !== null && doc !== null) {
    if (data.areas.some((a) => a.document === doc && a.key === params.area)) area = params.area;
    else unknown.push({ param: 'area', value: params.area });
  }
  const tags = params.tag.filter((t) => data.tags.includes(t));
  for (const t of params.tag) if (!data.tags.includes(t)) unknown.push({ param: 'tag', value: t });
  const measure =
    params.measure !== null && data.measures.some((m) => m.id === params.measure) ? params.measure : null;
  if (params.measure !== null && measure === null) unknown.push({ param: 'measure', value: params.measure });
  return { selection: { doc, area, tags, measure }, unknown };
}
