import type { TFunction } from 'i18next';

/**
 * The namespaces the growth view's tables read: its own texts first (keys without a prefix), then the
 * shared and data texts by prefix. All but its own load at start, so listing them delays nothing.
 */
export const GROWTH_NS = ['growth', 'common', 'notes', 'regions', 'zones'] as const;

/** What the tables and CSV builders that take a t function word their cells with. */
export type GrowthT = TFunction<typeof GROWTH_NS>;
