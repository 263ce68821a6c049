/** The dataset's core chunk: the catalogue every view reads, as the build compiled and checked it. Imported only dynamically. */
import packed from 'virtual:etdz-dataset';
import { unpackCore, type CoreDataset, type PackedGroup } from './compiled/pack';

/** The core with the figures of every indicator group (src/data/bundledFigures.ts). */
export function loadCore(groups: readonly PackedGroup[]): CoreDataset {
  return unpackCore(packed, groups);
}
