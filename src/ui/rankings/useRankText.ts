import { useTranslation } from 'react-i18next';
import type { Ranking } from '../../data/model';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';

export type RankStyle = 'number' | 'place';

/**
 * A published rank as text, with the regional rank where the source also states one: "12" or
 * "12 (East: No. 8)" in a table whose column says "Rank"; "#12" / "第12名" where it stands alone.
 * The Rankings view and the zone pages both show ranks, so the wording lives here once.
 */
export function useRankText(style: RankStyle): (r: Ranking) => string {
  const { t } = useTranslation(['rankings', 'regions']);
  const format = useFormat();
  return (r) => {
    const number = format.number(r.rank);
    const rank = style === 'place' ? t('rankings:rank', { rank: number }) : number;
    return r.rank_region && r.region_rank !== null
      ? t('rankings:withRegion', {
          rank,
          regionRank: format.number(r.region_rank),
          region: t(dataKey('regions', `region.${r.rank_region}`)),
        })
      : rank;
  };
}
