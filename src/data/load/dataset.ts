/** The dataset chunk: every table as text, parsed and checked on arrival. Imported only dynamically. */
import { buildDataset } from '../dataset';
import type { Dataset } from '../model';
import type { TableTexts } from '../tables';
import batches from '../dataset/batches.csv?raw';
import exclusions from '../dataset/exclusions.csv?raw';
import indicators from '../dataset/indicators.csv?raw';
import provinceCounts from '../dataset/province-counts.csv?raw';
import provinces from '../dataset/provinces.csv?raw';
import rankings from '../dataset/rankings.csv?raw';
import seedClaims from '../dataset/seed-claims.csv?raw';
import sources from '../dataset/sources.csv?raw';
import values from '../dataset/values.csv?raw';
import zoneCounts from '../dataset/zone-counts.csv?raw';
import zones from '../dataset/zones.csv?raw';

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
