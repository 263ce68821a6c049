import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineRange } from '../../data/selectors/growth/counts';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { useDrawnLater } from '../../ui/useDrawnLater';
import { AtYear } from './AtYear';
import { CountFrame } from './CountFrame';
import { FarLanguage } from './FarLanguage';
import './growth.css';
import { Milestones } from './Milestones';
import { TimelineControls } from './timeline/TimelineControls';
import { useTimeline } from './timeline/useTimeline';
import { useMilestones } from './useMilestones';
import { Where } from './Where';
import { ZoneList } from './ZoneList';

// Everything but the slider and the chart follows the playhead at a lower priority (a deferred year):
// a tick draws the slider and the chart first, and these re-render only when their year changes.
const DeferredAtYear = memo(AtYear);
const DeferredMilestones = memo(Milestones);
const DeferredWhere = memo(Where);
const DeferredZoneList = memo(ZoneList);

/** Zone growth: play 1984 → today; count, milestones, places and zones all follow the playhead. */
export default function GrowthView() {
  const { t } = useTranslation('growth');
  const dataset = useDataset();
  const { first, last } = timelineRange(dataset);
  const { timeline, state } = useTimeline(first, last);
  const { milestones, complete } = useMilestones();
  const ms = useAppStore((s) => s.growth.ms);
  const selected = milestones.find((m) => m.id === ms) ?? null;
  const marks = useMemo(() => [...new Set(milestones.map((m) => m.year))], [milestones]);
  const laterYear = useDeferredValue(state.year);
  // Milestones, places and zones lie below the first screen: drawn a task after it, which the first
  // commit had to lay out with them (their DOM was most of a 180 ms task at 4x CPU).
  const drawn = useDrawnLater();

  return (
    <div
      className="growth"
      style={{ '--growth-transition': `${state.transitionMs}ms` } as React.CSSProperties}
    >
      <header className="view-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <TimelineControls timeline={timeline} state={state} marks={marks} />
      <DeferredAtYear year={laterYear} milestones={milestones} />
      <CountFrame year={state.year} first={first} last={last} milestones={milestones} selected={selected} />
      {drawn ? (
        <>
          <FarLanguage>
            <DeferredMilestones
              milestones={milestones}
              selectedId={ms}
              year={laterYear}
              complete={complete}
            />
          </FarLanguage>
          <FarLanguage>
            <DeferredWhere year={laterYear} />
          </FarLanguage>
          <FarLanguage>
            <DeferredZoneList year={laterYear} />
          </FarLanguage>
        </>
      ) : (
        // Holds their place below the first screen, so that nothing visible moves when they arrive.
        <div className="drawn-later" aria-busy="true" />
      )}
    </div>
  );
}
