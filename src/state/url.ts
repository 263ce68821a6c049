import { isLanguage } from '../i18n/languages';
import { MAX_PARAM_LENGTH, parseEnum, shorten, type IgnoredParam, type ParseContext } from './params/codec';
import { compareParams, type CompareParams } from './params/compare';
import { growthParams, type GrowthParams } from './params/growth';
import type { ParamGroup } from './params/group';
import { policiesParams, type PoliciesParams } from './params/policies';
import { DEFAULT_VIEW, VIEWS, type ViewId } from './views';

/** Everything a shared link carries. */
export interface UrlState {
  view: ViewId;
  /** null when the link does not choose a language. */
  lang: string | null;
  compare: CompareParams;
  growth: GrowthParams;
  policies: PoliciesParams;
}

const GROUPS = { compare: compareParams, growth: growthParams, policies: policiesParams } satisfies Record<
  string,
  ParamGroup<unknown>
>;
type GroupName = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as GroupName[];

const COMMON = ['view', 'lang'];
const KNOWN = new Set([...COMMON, ...GROUP_NAMES.flatMap((g) => GROUPS[g].names)]);

export function defaultUrlState(): UrlState {
  return {
    view: DEFAULT_VIEW,
    lang: null,
    compare: structuredClone(compareParams.defaults),
    growth: structuredClone(growthParams.defaults),
    policies: structuredClone(policiesParams.defaults),
  };
}

/** Reads a query string into state. Never throws; whatever it cannot use is listed in `ignored`. */
export function parseSearch(search: string): { state: UrlState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const ctx: ParseContext = { ignore: (name, value, reason) => ignored.push({ name: shorten(name), value: shorten(value), reason }) };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: defaultUrlState(), ignored: [{ name: '?', value: shorten(search), reason: 'unknownValue' }] };
  }

  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (!KNOWN.has(name)) ctx.ignore(name, value, 'unknownParam');
    else if (values.has(name)) ctx.ignore(name, value, 'duplicate');
    else if (value.length > MAX_PARAM_LENGTH) ctx.ignore(name, value, 'tooLong');
    else values.set(name, value);
  }
  const get = (name: string) => values.get(name) ?? null;

  const rawLang = get('lang');
  let lang: string | null = null;
  if (rawLang !== null) {
    if (isLanguage(rawLang)) lang = rawLang;
    else ctx.ignore('lang', rawLang, 'unknownValue');
  }

  const state: UrlState = {
    view: parseEnum(ctx, 'view', get('view'), VIEWS, DEFAULT_VIEW),
    lang,
    compare: compareParams.parse(get, ctx),
    growth: growthParams.parse(get, ctx),
    policies: policiesParams.parse(get, ctx),
  };
  return { state, ignored };
}

/** Writes the state of the current view as a query string (with leading "?", or "" when all is default). */
export function toSearch(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => params.set(name, value);
  if (state.view !== DEFAULT_VIEW) set('view', state.view);
  if (state.lang) set('lang', state.lang);
  if (state.view === 'compare' || state.view === 'growth' || state.view === 'policies') {
    (GROUPS[state.view] as ParamGroup<UrlState[typeof state.view]>).serialize(state[state.view], set);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
