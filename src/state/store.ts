import { create } from 'zustand';
import type { IgnoredParam } from './params/codec';
import type { CompareParams } from './params/compare';
import type { GrowthParams } from './params/growth';
import type { PoliciesParams } from './params/policies';
import { defaultUrlState, parseSearch, type UrlState } from './url';
import type { ViewId } from './views';

export type Notice =
  | { id: string; kind: 'ignoredParam'; param: IgnoredParam }
  | { id: string; kind: 'dataIssues'; count: number };

export interface AppState extends Omit<UrlState, 'lang'> {
  lang: string;
  notices: Notice[];
}

export interface AppActions {
  setView(view: ViewId): void;
  setLang(lang: string): void;
  setCompare(patch: Partial<CompareParams>): void;
  setGrowth(patch: Partial<GrowthParams>): void;
  setPolicies(patch: Partial<PoliciesParams>): void;
  /** Replaces the shareable state with what a link says, reporting what it had to ignore. */
  applySearch(search: string, fallbackLang: string): void;
  /** Opens another view with a preset: the way features link to each other without importing each other. */
  navigate(target: Partial<Omit<UrlState, 'lang'>>): void;
  ignoreParams(params: IgnoredParam[]): void;
  reportDataIssues(count: number): void;
  dismissNotice(id: string): void;
}

export type AppStore = AppState & AppActions;

let noticeSeq = 0;
const noticesFor = (params: IgnoredParam[]): Notice[] =>
  params.map((param) => ({ id: `n${++noticeSeq}`, kind: 'ignoredParam', param }));

export function initialState(lang: string): AppState {
  const { lang: _ignored, ...rest } = defaultUrlState();
  void _ignored;
  return { ...rest, lang, notices: [] };
}

export const useAppStore = create<AppStore>()((set) => ({
  ...initialState('zh'),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setCompare: (patch) => set((s) => ({ compare: { ...s.compare, ...patch } })),
  setGrowth: (patch) => set((s) => ({ growth: { ...s.growth, ...patch } })),
  setPolicies: (patch) => set((s) => ({ policies: { ...s.policies, ...patch } })),
  applySearch: (search, fallbackLang) => {
    const { state, ignored } = parseSearch(search);
    set((s) => ({
      view: state.view,
      lang: state.lang ?? fallbackLang,
      compare: state.compare,
      growth: state.growth,
      policies: state.policies,
      notices: [...s.notices, ...noticesFor(ignored)],
    }));
  },
  navigate: (target) =>
    set((s) => ({
      view: target.view ?? s.view,
      compare: target.compare ?? s.compare,
      growth: target.growth ?? s.growth,
      policies: target.policies ?? s.policies,
    })),
  ignoreParams: (params) => set((s) => ({ notices: [...s.notices, ...noticesFor(params)] })),
  reportDataIssues: (count) =>
    set((s) =>
      s.notices.some((n) => n.kind === 'dataIssues') ? s : { notices: [...s.notices, { id: `n${++noticeSeq}`, kind: 'dataIssues', count }] },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** The part of the store a link reproduces. */
export function urlStateOf(s: AppState): UrlState {
  return { view: s.view, lang: s.lang, compare: s.compare, growth: s.growth, policies: s.policies };
}
