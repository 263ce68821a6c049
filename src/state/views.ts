/** The views of the dashboard, in navigation order. */
/** Zones and rankings come last so the shortcuts 1–5 of the first views stay what presenters learnt. */
export const VIEWS = ['overview', 'compare', 'growth', 'policies', 'sources', 'zones', 'rankings'] as const;
export type ViewId = (typeof VIEWS)[number];
export const DEFAULT_VIEW: ViewId = 'overview';
