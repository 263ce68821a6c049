import type { ParseKeys, TypeOptions } from 'i18next';
import type { ViewId } from '../state/views';

type Namespace = keyof TypeOptions['resources'] & string;
/** A text's full key, `namespace:key`. */
type TextKey = { [Ns in Namespace]: `${Ns}:${ParseKeys<Ns>}` }[Namespace];

export interface HeadingKeys {
  title: TextKey;
  lead: TextKey;
}

/**
 * The views whose heading and lead are plain texts (no figure from the data in them): the page the server
 * sends already shows them in the reader's language (scripts/build/shellText.ts), and the view area shows
 * them while the rest of the view loads (ViewSkeleton), so the largest text of the first screen is painted
 * before any of the app's code has run and never changes size. Each must be what the view's own header
 * renders (tests/e2e/shellText.spec.ts compares them).
 */
export const VIEW_HEADINGS: Partial<Record<ViewId, HeadingKeys>> = {
  overview: { title: 'common:overview.title', lead: 'common:overview.lead' },
  compare: { title: 'compare:title', lead: 'compare:lead' },
  growth: { title: 'growth:title', lead: 'growth:lead' },
  policies: { title: 'policies:ui.title', lead: 'policies:ui.lead' },
  rankings: { title: 'rankings:title', lead: 'rankings:lead' },
};

/** The namespace a key is in. */
export const namespaceOf = (key: TextKey): string => key.slice(0, key.indexOf(':'));
