/** The dataset's core chunk: the tables every view reads, as the build compiled and checked them. Imported only dynamically. */
import packed from 'virtual:etdz-dataset';
import { unpackCore, type CoreDataset } from './compiled/pack';

export function loadCore(): CoreDataset {
  return unpackCore(packed);
}
