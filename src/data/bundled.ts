/**
 * The dataset's core chunk: the catalogue every view reads, and the code that unpacks the figure groups and
 * makes one dataset of the parts, as the build compiled and checked them. Imported only dynamically.
 */
import packed from 'virtual:etdz-dataset';
import { FIGURE_CHUNKS } from './bundledFigures';
import { unpackCatalogue, unpackGroup, type FigureGroup } from './compiled/pack';
import { withLazyParts, type PartReaders } from './lazyTables';
import type { Dataset } from './model';
import type { Theme } from './schema/enums';

export interface Core {
  /** The group each indicator's figures travel in. */
  groupOf: ReadonlyMap<string, Theme>;
  /** The whole dataset over the core, its other parts read through `read` when first used. */
  datasetWith: (read: PartReaders) => Dataset;
}

export function loadCore(): Core {
  const catalogue = unpackCatalogue(packed);
  return { groupOf: catalogue.groupOf, datasetWith: (read) => withLazyParts(catalogue, read) };
}

/**
 * One indicator group's figures (src/data/bundledFigures.ts), unpacked. Asked for from here, not from the
 * entry: every group is read after the core, and the entry stays without a loader per group.
 */
export async function loadGroup(theme: Theme): Promise<FigureGroup> {
  return unpackGroup((await FIGURE_CHUNKS[theme]()).default);
}
