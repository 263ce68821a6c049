import { parseId, parseText } from './codec';
import type { ParamGroup } from './group';

export interface PoliciesParams {
  doc: string | null;
  measure: string | null;
  q: string;
}

export const policiesParams: ParamGroup<PoliciesParams> = {
  names: ['doc', 'measure', 'q'],
  defaults: { doc: null, measure: null, q: '' },
  parse(get, ctx) {
    return {
      doc: parseId(ctx, 'doc', get('doc')),
      measure: parseId(ctx, 'measure', get('measure')),
      q: parseText(ctx, 'q', get('q')),
    };
  },
  serialize(value, set) {
    if (value.doc) set('doc', value.doc);
    if (value.measure) set('measure', value.measure);
    if (value.q) set('q', value.q);
  },
};
