/**
 * The views whose heading and lead are plain texts (no figure from the data in them), by their keys in
 * locales/ (`namespace:key`): the page the server sends shows them in the reader's language (shellText.ts).
 * Each must be what the view's own header renders: tests/e2e/shellText.spec.ts compares them on screen.
 */
export const VIEW_HEADINGS: Readonly<Record<string, { title: string; lead: string }>> = {
  overview: { title: 'common:overview.title', lead: 'common:overview.lead' },
  compare: { title: 'compare:title', lead: 'compare:lead' },
  growth: { title: 'growth:title', lead: 'growth:lead' },
  policies: { title: 'policies:ui.title', lead: 'policies:ui.lead' },
  rankings: { title: 'rankings:title', lead: 'rankings:lead' },
};
