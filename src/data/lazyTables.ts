import { DETAIL_TABLES, type CoreDataset, type DetailTables } from './compiled/pack';
import type { Dataset } from './model';

/**
 * The whole dataset over its core, with the detail tables read through `read` the first time a selector
 * touches one. `read` returns them or throws: in the app, the pending load (React suspends the reading
 * view until the chunk is there) or its error. So a view that never reads a detail table never loads it,
 * and no view reads a table that has not arrived as an empty one.
 */
export function withDetailTables(core: CoreDataset, read: () => DetailTables): Dataset {
  let detail: DetailTables | null = null;
  const dataset = { ...core } as Dataset;
  for (const name of DETAIL_TABLES)
    Object.defineProperty(dataset, name, { enumerable: true, get: () => (detail ??= read())[name] });
  return dataset;
}
