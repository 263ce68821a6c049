import { parseId, parseList, parseText, type ParseContext } from './codec';
import type { ParamGroup } from './group';

export interface PoliciesParams {
  doc: string | null;
  /** Area key within the selected document (its number, or a word such as `roles`). */
  area: string | null;
  /** Theme tags; a measure matches when it carries any of them. */
  tag: string[];
  measure: string | null;
  q: string;
}

const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const isKey = (s: string): s is string => KEY.test(s);

/** The vocabulary is small; more tags than this in a link is a broken link, not a filter. */
export const MAX_TAGS = 20;

function parseKey(ctx: ParseContext, name: string, raw: string | null): string | null {
  if (raw === null || raw === '') return null;
  if (!isKey(raw)) {
    ctx.ignore(name, raw, 'badId');
    return null;
  }
  return raw;
}

export const policiesParams: ParamGroup<PoliciesParams> = {
  names: ['doc', 'area', 'tag', 'measure', 'q'],
  defaults: { doc: null, area: null, tag: [], measure: null, q: '' },
  parse(get, ctx) {
    const doc = parseId(ctx, 'doc', get('doc'));
    let area = parseKey(ctx, 'area', get('area'));
    // An area only means something within a document.
    if (area !== null && doc === null) {
      ctx.ignore('area', area, 'unknownValue');
      area = null;
    }
    return {
      doc,
      area,
      tag: parseList(ctx, 'tag', get('tag'), isKey, MAX_TAGS) ?? [],
      measure: parseId(ctx, 'measure', get('measure')),
      q: parseText(ctx, 'q', get('q')),
    };
  },
  serialize(value, set) {
    if (value.doc) set('doc', value.doc);
    if (value.doc && value.area) set('area', value.area);
    if (value.tag.length) set('tag', value.tag.join(','));
    if (value.measure) set('measure', value.measure);
    if (value.q) set('q', value.q);
  },
};
