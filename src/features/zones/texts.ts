import type { TFunction } from 'i18next';

/**
 * The namespaces the zone pages read: their own texts first (keys without a prefix), the rank texts
 * they share with the Rankings view, then the shared and data texts by prefix.
 */
export const ZONE_NS = ['zoneProfile', 'rankings', 'common', 'zones', 'regions', 'notes'] as const;

export type ZoneT = TFunction<typeof ZONE_NS>;
