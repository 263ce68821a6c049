/** The dataset chunk: every table as text, parsed and checked on arrival. Imported only dynamically. */
import { buildDataset } from './build';
import type { Dataset } from './model';
import { TABLE_NAMES, TABLES, type TableTexts } from './tables';

const files = import.meta.glob<string>('./csv/*.csv', { query: '?raw', import: 'default', eager: true });

// A table whose file is missing loads empty and is reported by the header check, like a broken file.
const texts = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, files[`./csv/${TABLES[name].file}`] ?? '']),
) as TableTexts;

export function loadDataset(): Dataset {
  return buildDataset(texts);
}
