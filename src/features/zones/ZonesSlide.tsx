import { useTranslation } from 'react-i18next';
import type { Dataset, Ranking } from '../../data/model';
import { zoneProfile, type ZoneProfile } from '../../data/selectors/zones/profile';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import type { SlideInput, SlidePart, SlideProps, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useRankText } from '../../ui/rankings/useRankText';
import { useDataset } from '../../ui/useDataset';
import { ZONE_NS } from './texts';

/** The zone the slide shows; null for the list of zones (no zone named, or one the data does not list). */
function profileOf(dataset: Dataset, { state }: SlideInput): ZoneProfile | null {
  return state.zones.zone ? zoneProfile(dataset, state.zones.zone) : null;
}

/** The zone's rank in the newest assessment that ranks it, the overall list first. */
function latestRank(profile: ZoneProfile): Ranking | null {
  const newest = profile.ranks.at(-1)?.assessment_year;
  return profile.ranks.find((r) => r.assessment_year === newest) ?? null;
}

export function useSlideText(input: SlideInput): SlideText {
  const { t } = useTranslation(ZONE_NS);
  const profile = profileOf(useDataset(), input);
  const name = profile ? t(dataKey('zones', `name.${profile.zone.id}`)) : t('index.tableTitle');
  return {
    title: name,
    description: t('common:present.slide.zones.description', { view: t('common:views.zones.title'), name }),
  };
}

export function useSlideParts(): SlidePart[] {
  return [];
}

/** The approval dates the sources state for the zone: the one the timeline uses first, each date once. */
function approvals(profile: ZoneProfile) {
  const dated = profile.facts.filter((f) => f.kind === 'approval' && f.date);
  const sorted = [...dated].sort((a, b) => Number(b.primary) - Number(a.primary));
  return sorted.filter((f, i) => sorted.findIndex((g) => g.date === f.date) === i);
}

/** One zone as a few facts set large: when it was approved, where it is, its latest rank, its status. */
function ProfileSlide({ profile }: { profile: ZoneProfile }) {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const dataset = useDataset();
  const sourceLine = useSourceLine();
  const { zone, entry } = profile;
  const [approval, ...otherApprovals] = approvals(profile);
  const rank = latestRank(profile);
  const rankText = useRankText('place');
  const batch = zone.batch ? dataset.batches.get(zone.batch) : undefined;
  const date = (d: string, approx: boolean) =>
    approx ? t('common:source.approxDate', { date: format.date(d) }) : format.date(d);
  const sources = [
    ...(approval ? [approval.source] : []),
    ...otherApprovals.map((f) => f.source),
    ...(batch ? [batch.source] : []),
    ...(rank ? [rank.source] : []),
    ...(zone.status === 'exited' ? [zone.source] : []),
  ];
  return (
    <SlideLayout
      className="zones-slide"
      defaultTitle={t(dataKey('zones', `name.${zone.id}`))}
      source={sourceLine(sources.length ? sources : [zone.source])}
    >
      <ul className="slide-figures">
        <li className="slide-figure">
          <p className="slide-figure__label">{t('facts.approval')}</p>
          <p className="slide-figure__value">
            {approval ? date(approval.date, approval.approx) : t('facts.notStated')}
          </p>
          {otherApprovals.length > 0 && (
            <p className="slide-figure__conflict">
              {t('common:present.slide.overview.alsoStated')}{' '}
              {otherApprovals.map((f) => date(f.date, f.approx)).join(t('common:list.separator'))}
            </p>
          )}
          <p className="slide-figure__when">
            {t('facts.batch')}: {zone.batch ? t(dataKey('zones', `batch.${zone.batch}`)) : t('facts.noBatch')}
          </p>
        </li>
        <li className="slide-figure">
          <p className="slide-figure__label">{t('facts.province')}</p>
          <p className="slide-figure__value">{t(dataKey('regions', `province.${zone.province}`))}</p>
          {entry.region && (
            <p className="slide-figure__when">{t(dataKey('regions', `region.${entry.region}`))}</p>
          )}
        </li>
        <li className="slide-figure">
          <p className="slide-figure__label">{t('common:present.slide.zones.rank')}</p>
          {rank ? (
            <>
              <p className="slide-figure__value">{rankText(rank)}</p>
              <p className="slide-figure__when">
                {t('common:present.slide.zones.rankOf', {
                  list: t(dataKey('zones', `ranking.${rank.ranking}`)),
                  year: format.year(rank.assessment_year),
                  dataYear: format.year(rank.data_year),
                })}
              </p>
            </>
          ) : (
            <p className="slide-figure__when">{t('common:present.slide.zones.noRank')}</p>
          )}
        </li>
        <li className="slide-figure">
          <p className="slide-figure__label">{t('facts.status')}</p>
          <p className="slide-figure__value">
            {zone.status === 'exited'
              ? t('facts.exited', { date: format.date(zone.exit_date) })
              : t('facts.active')}
          </p>
        </li>
      </ul>
    </SlideLayout>
  );
}

/** Without a zone: how many zones the dataset lists, and that it lists only part of them. */
function IndexSlide() {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const dataset = useDataset();
  const sourceLine = useSourceLine();
  return (
    <SlideLayout
      className="zones-slide"
      defaultTitle={t('index.tableTitle')}
      source={sourceLine(dataset.zones.map((z) => z.source))}
    >
      <ul className="slide-figures">
        <li className="slide-figure">
          <p className="slide-figure__label">{t('common:present.slide.zones.count')}</p>
          <p className="slide-figure__value">{format.number(dataset.zones.length)}</p>
          <p className="slide-figure__when">{t('common:present.slide.zones.partial')}</p>
        </li>
      </ul>
    </SlideLayout>
  );
}

/** A zone's page as a slide: its name as the title, a few facts set large, each with its source. */
export default function ZonesSlide(input: SlideProps) {
  const profile = profileOf(useDataset(), input);
  return profile ? <ProfileSlide profile={profile} /> : <IndexSlide />;
}
