import type { TFunction } from 'i18next';

/** The conflict list names indicators, regions, zones, batches and notes beside the app's own texts. */
export const CONFLICT_NS = ['common', 'indicators', 'regions', 'zones', 'notes'] as const;

export type ConflictT = TFunction<typeof CONFLICT_NS>;
