/**
 * The dataset's core chunk: the catalogue every view reads, and the code that unpacks the figure groups and
 * makes one dataset of the parts, as the build compiled and checked them. Imported only dynamically.
 */
import packed from 'virtual:etdz-dataset';
import { unpackCatalogue, unpackGroup, type FigureGroup, type PackedGroup } from './compiled/pack';
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

/** One indicator group's figures (`virtual:etdz-figures-<theme>`), unpacked. */
export function loadGroup(group: PackedGroup): FigureGroup {
  return unpackGroup(group);
}
