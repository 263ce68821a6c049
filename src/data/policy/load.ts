/** The policy chunk: every policy table as text, parsed and checked on arrival. Imported only dynamically. */
import areas from './areas.csv?raw';
import bodies from './bodies.csv?raw';
import { buildPolicy } from './build';
import documents from './documents.csv?raw';
import measures from './measures.csv?raw';
import type { PolicyData } from './model';
import tags from './tags.csv?raw';

export function loadPolicy(): PolicyData {
  return buildPolicy({ documents, areas, measures, tags, bodies });
}
