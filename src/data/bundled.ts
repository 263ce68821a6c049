/** The dataset chunk: every table as text, parsed and checked on arrival. Imported only dynamically. */
import { buildDataset } from './build';
import type { Dataset } from './model';
import type { TableTexts } from './tables';
import batches from './csv/batches.csv?raw';
import exclusions from './csv/exclusions.csv?raw';
import indicators from './csv/indicators.csv?raw';
import provinceCounts from './csv/province-counts.csv?raw';
import provinces from './csv/provinces.csv?raw';
import rankings from './csv/rankings.csv?raw';
import seedClaims from './csv/seed-claims.csv?raw';
import sources from './csv/sources.csv?raw';
import values from './csv/values.csv?raw';
import zoneCounts from './csv/zone-counts.csv?raw';
import zones from './csv/zones.csv?raw';

const texts: TableTexts = {
  indicators,
  values,
  sources,
  zoneCounts,
  zones,
  batches,
  provinces,
  provinceCounts,
  rankings,
  seedClaims,
  exclusions,
};

export function loadDataset(): Dataset {
  return buildDataset(texts);
}
