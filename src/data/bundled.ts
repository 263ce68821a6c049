/** The dataset chunk: the tables as the build compiled and checked them, unpacked on arrival. Imported only dynamically. */
import packed from 'virtual:etdz-dataset';
import { unpackDataset } from './compiled/pack';
import type { Dataset } from './model';

export function loadDataset(): Dataset {
  return unpackDataset(packed);
}
