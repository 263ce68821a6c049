/** The dataset's detail chunk: the tables only some views read (src/data/compiled/pack.ts). Imported only dynamically. */
import packed from 'virtual:etdz-dataset-detail';
import { unpackDetail, type DetailTables } from './compiled/pack';

export function loadDetail(): DetailTables {
  return unpackDetail(packed);
}
