import { toSearch, type UrlState } from './url';

/** Where a link goes: the view and parameters it sets; the rest comes from the current state. */
export type LinkTarget = Partial<Omit<UrlState, 'lang'>>;

type GroupName = 'compare' | 'growth' | 'policies' | 'zones' | 'rankings';
const GROUP_NAMES = new Set<string>(['compare', 'growth', 'policies', 'zones', 'rankings']);
/** Views without parameters of their own share one cache entry per view. */
const NO_GROUP = new Map<string, object>();

const cache = new WeakMap<object, Map<string, string>>();

/**
 * A link's query string, as toSearch({...state, ...to}) writes it, built once per change of what it
 * depends on: the target view's parameters, the language and embed. Every link ran toSearch on every
 * store change (≈130 zone links on Zone growth, at each playback tick); now an unrelated change costs
 * each link a map lookup, and links to the same view with the same parameters share one string.
 */
export function linkSearch(state: UrlState, to: LinkTarget, build: (state: UrlState) => string = toSearch) {
  // A presented slide's link is the slide's number and deck, whatever the target: rare, built each time.
  if (state.present !== null || to.present !== undefined) return build({ ...state, ...to });
  const view = to.view ?? state.view;
  const group = GROUP_NAMES.has(view) ? (to[view as GroupName] ?? state[view as GroupName]) : undefined;
  let key: object | undefined = group;
  if (!key) {
    key = NO_GROUP.get(view) ?? {};
    NO_GROUP.set(view, key);
  }
  const embed = to.embed ?? state.embed;
  const inner = `${view}|${state.lang ?? ''}|${embed ? 1 : 0}`;
  let byInner = cache.get(key);
  if (!byInner) {
    byInner = new Map();
    cache.set(key, byInner);
  }
  let search = byInner.get(inner);
  if (search === undefined) {
    search = build({ ...state, ...to });
    byInner.set(inner, search);
  }
  return search;
}
