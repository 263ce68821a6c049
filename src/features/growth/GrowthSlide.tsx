import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { chartCountStatements, countAt, timelineRange } from '../../data/selectors/growth/counts';
import { milestonesIn, type Milestone } from '../../data/selectors/growth/milestones';
import { useFormat } from '../../i18n/useFormat';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { Loading } from '../../ui/Loading';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import { useYearRange } from '../../ui/slide/useYearRange';
import type { SlideInput, SlidePart, SlideProps, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useDataset } from '../../ui/useDataset';
import { useMilestoneLabel } from './labels';
import { useTimeline } from './timeline/useTimeline';
import { useMilestones } from './useMilestones';
import './growth.css';

const CountChart = lazy(() => import('./CountChart'));

/** A slide has room for this many of a year's milestones; more are counted. */
const SHOWN_MILESTONES = 3;

function useYear({ state }: SlideInput) {
  const { first, last } = timelineRange(useDataset());
  return { first, last, year: state.growth.year ?? last };
}

export function useSlideText(input: SlideInput): SlideText {
  const { t } = useTranslation();
  const format = useFormat();
  const years = useYearRange();
  const { first, year } = useYear(input);
  return {
    title: t('present.slide.growth.title', { years: years(first, year) }),
    description: t('present.slide.growth.description', {
      view: t('views.growth.title'),
      year: format.year(year),
    }),
  };
}

export function useSlideParts(): SlidePart[] {
  return [];
}

/** The count at the playhead: every figure stated for that year, and the year's milestones. */
function AtYearPanel({ year, milestones }: { year: number; milestones: readonly Milestone[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const at = countAt(useDataset(), year);
  const label = useMilestoneLabel();
  const now = milestonesIn(milestones, year);
  return (
    <div className="growth-slide__side">
      <p className="growth-slide__year">{format.year(year)}</p>
      {at ? (
        <>
          <p className="slide-figure__label">
            {at.year === year
              ? t('present.slide.growth.count')
              : t('present.slide.growth.countEarlier', { year: format.year(at.year) })}
          </p>
          <p className="growth-slide__count">
            {at.statements.map((s, i) => (
              <span key={i} className="growth-slide__figure">
                {i > 0 && <span className="growth-slide__or">{t('present.slide.or')}</span>}
                <Figure figure={s.figure} />
              </span>
            ))}
          </p>
          {at.conflict && (
            <p className="slide-figure__conflict">
              <Icon glyph="warning" /> {t('present.slide.disagree', { count: at.statements.length })}
            </p>
          )}
        </>
      ) : (
        <p className="slide-figure__label">{t('present.slide.growth.noCount')}</p>
      )}
      <p className="slide-figure__label growth-slide__milestones-title">
        {t('present.slide.growth.milestones')}
      </p>
      {now.length ? (
        <ul className="growth-slide__milestones">
          {now.slice(0, SHOWN_MILESTONES).map((m) => (
            <li key={m.id}>{label(m)}</li>
          ))}
          {now.length > SHOWN_MILESTONES && (
            <li>{t('present.slide.more', { count: now.length - SHOWN_MILESTONES })}</li>
          )}
        </ul>
      ) : (
        <p className="growth-slide__milestones">{t('present.slide.growth.noMilestones')}</p>
      )}
    </div>
  );
}

function GrowthSlideAt({ year, first, last }: { year: number; first: number; last: number }) {
  const { t } = useTranslation();
  const years = useYearRange();
  const dataset = useDataset();
  const { milestones } = useMilestones();
  const sourceLine = useSourceLine();
  const statements = chartCountStatements(dataset);
  return (
    <SlideLayout
      className="slide--chart growth-slide"
      defaultTitle={t('present.slide.growth.title', { years: years(first, year) })}
      source={sourceLine(statements.filter((s) => s.year <= year).map((s) => s.source))}
    >
      <div className="growth-slide__body">
        <div className="growth-slide__chart">
          <Suspense fallback={<Loading what={t('chart.loading')} />}>
            <CountChart
              statements={statements}
              milestones={milestones}
              year={year}
              first={first}
              last={last}
              selected={null}
            />
          </Suspense>
        </div>
        <AtYearPanel year={year} milestones={milestones} />
      </div>
    </SlideLayout>
  );
}

/** On screen the presenter plays the years with k , . as on the page; the slide follows the playhead. */
function LiveGrowthSlide({ first, last }: { first: number; last: number }) {
  const { state } = useTimeline(first, last);
  return <GrowthSlideAt year={state.year} first={first} last={last} />;
}

export default function GrowthSlide(input: SlideProps) {
  const { first, last, year } = useYear(input);
  return input.live ? (
    <LiveGrowthSlide first={first} last={last} />
  ) : (
    <GrowthSlideAt year={year} first={first} last={last} />
  );
}
