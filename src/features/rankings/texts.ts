import type { TFunction } from 'i18next';

/** The namespaces the Rankings view reads: its own texts first, then the shared and data texts by prefix. */
export const RANKINGS_NS = ['rankings', 'common', 'zones', 'regions', 'notes'] as const;

export type RankingsT = TFunction<typeof RANKINGS_NS>;
