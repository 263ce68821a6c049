import { useTranslation } from 'react-i18next';
import type { Dataset, Ranking } from '../../data/model';
import { assessmentRanks, type AssessmentRanks, type RankingList } from '../../data/selectors/rankings/lists';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import type { SlideInput, SlidePart, SlideProps, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useRankText } from '../../ui/rankings/useRankText';
import { useDataset } from '../../ui/useDataset';
import { RANKINGS_NS } from './texts';

/** As many places as a slide shows in type that reads from the back of a room. */
export const TOP = 10;

/** The assessment the slide's link names (else the newest) and the list its deck entry names (else the first). */
function chosen(dataset: Dataset, { state, part }: SlideInput) {
  const all = assessmentRanks(dataset);
  const assessment: AssessmentRanks | undefined =
    all.find((x) => x.assessment.year === state.rankings.a) ?? all[0];
  const list: RankingList | undefined =
    assessment?.lists.find((l) => l.ranking === part) ?? assessment?.lists[0];
  return { assessment, list };
}

function useTitle() {
  const { t } = useTranslation(RANKINGS_NS);
  const format = useFormat();
  return (assessment: AssessmentRanks | undefined, list: RankingList | undefined) =>
    assessment && list
      ? t('common:present.slide.rankings.title', {
          list: t(dataKey('zones', `ranking.${list.ranking}`)),
          year: format.year(assessment.assessment.year),
        })
      : t('title');
}

export function useSlideText(input: SlideInput): SlideText {
  const { t } = useTranslation(RANKINGS_NS);
  const { assessment, list } = chosen(useDataset(), input);
  const title = useTitle()(assessment, list);
  return {
    title,
    description: t('common:present.slide.rankings.description', {
      view: t('common:views.rankings.title'),
      count: Math.min(TOP, list?.rows.length ?? 0),
    }),
  };
}

export function useSlideParts(input: SlideInput): SlidePart[] {
  const { t } = useTranslation(RANKINGS_NS);
  const { assessment } = chosen(useDataset(), input);
  return (assessment?.lists ?? []).map((l) => ({
    id: l.ranking,
    label: t(dataKey('zones', `ranking.${l.ranking}`)),
  }));
}

/** The top of one published list as a large table: place, zone, province, as the sources give them. */
export default function RankingsSlide(input: SlideProps) {
  const { t } = useTranslation(RANKINGS_NS);
  const format = useFormat();
  const dataset = useDataset();
  const sourceLine = useSourceLine();
  const title = useTitle();
  const { assessment, list } = chosen(dataset, input);
  const rows = list?.rows.slice(0, TOP) ?? [];
  const name = (r: Ranking) => (r.zone ? t(dataKey('zones', `name.${r.zone}`)) : r.zone_name_zh);
  const province = (r: Ranking) => {
    const p = (r.zone ? dataset.zones.find((z) => z.id === r.zone)?.province : undefined) ?? r.province;
    return p ? t(dataKey('regions', `province.${p}`)) : t('table.notStated');
  };
  const place = useRankText('place');
  return (
    <SlideLayout
      className="rankings-slide"
      defaultTitle={title(assessment, list)}
      source={sourceLine(rows.map((r) => r.source))}
      note={
        assessment && list
          ? t('listMeta', {
              year: format.year(assessment.assessment.year),
              dataYear: format.year(assessment.assessment.data_year),
              count: list.rows.length,
            })
          : undefined
      }
    >
      {rows.length ? (
        <table className="rankings-slide__table">
          <thead>
            <tr>
              <th scope="col">{t('table.rank')}</th>
              <th scope="col">{t('table.zone')}</th>
              <th scope="col">{t('table.province')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.rank}|${r.zone}|${r.line}`}>
                <td className="rankings-slide__rank">{place(r)}</td>
                <th scope="row">{name(r)}</th>
                <td>{province(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="slide__empty">{t('common:present.slide.rankings.none')}</p>
      )}
    </SlideLayout>
  );
}
