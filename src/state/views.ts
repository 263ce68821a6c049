/** The views of the dashboard, in navigation order. */
export const VIEWS = ['overview', 'compare', 'growth', 'policies', 'sources'] as const;
export type ViewId = (typeof VIEWS)[number];
export const DEFAULT_VIEW: ViewId = 'overview';
