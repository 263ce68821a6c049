import { useTranslation } from 'react-i18next';
import type { Ranking } from '../../data/model';
import { dataKey } from '../../i18n/keys';
import type { CsvCell } from '../csv';

type CsvTable = { header: string[]; rows: CsvCell[][] };

/** Where a table of ranks names its zones (the Rankings lists do; a zone page is one zone). */
export interface RankCsvZone {
  name: (r: Ranking) => string;
  province: (r: Ranking) => string;
}

/**
 * Published ranks as a CSV table, the same columns wherever ranks are downloaded: the Rankings
 * lists add the zone and its province. Numbers stay as stated; the name in the source is kept as
 * published beside ours.
 */
export function useRankCsv(): (ranks: readonly Ranking[], zone?: RankCsvZone) => CsvTable {
  const { t } = useTranslation(['rankings', 'common', 'zones', 'regions']);
  return (ranks, zone) => ({
    header: [
      t('rankings:table.assessment'),
      t('rankings:table.dataYear'),
      t('rankings:table.list'),
      t('rankings:table.rank'),
      t('rankings:table.regionRank'),
      ...(zone ? [t('rankings:table.zone')] : []),
      t('rankings:table.nameInSource'),
      ...(zone ? [t('rankings:table.province')] : []),
      t('common:table.source'),
    ],
    rows: ranks.map((r) => [
      r.assessment_year,
      r.data_year,
      t(dataKey('zones', `ranking.${r.ranking}`)),
      r.rank,
      r.rank_region ? `${t(dataKey('regions', `region.${r.rank_region}`))} ${r.region_rank}` : '',
      ...(zone ? [zone.name(r)] : []),
      r.zone_name_zh,
      ...(zone ? [zone.province(r) ? t(dataKey('regions', `province.${zone.province(r)}`)) : ''] : []),
      r.source,
    ]),
  });
}
