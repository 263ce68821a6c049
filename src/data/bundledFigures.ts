/**
 * The dataset's figures, one chunk per indicator group (src/data/compiled/pack.ts `groupsOf`), as the build
 * compiled and checked them. A literal import per group, so the bundler makes each its own chunk.
 */
import type { PackedGroup } from './compiled/pack';
import type { Theme } from './schema/enums';

type Chunk = Promise<{ default: PackedGroup }>;

export const FIGURE_CHUNKS: Record<Theme, () => Chunk> = {
  size: () => import('virtual:etdz-figures-size'),
  openness: () => import('virtual:etdz-figures-openness'),
  fiscal: () => import('virtual:etdz-figures-fiscal'),
  innovation: () => import('virtual:etdz-figures-innovation'),
  enterprises: () => import('virtual:etdz-figures-enterprises'),
  land: () => import('virtual:etdz-figures-land'),
  green: () => import('virtual:etdz-figures-green'),
  zones: () => import('virtual:etdz-figures-zones'),
  leaders: () => import('virtual:etdz-figures-leaders'),
};
