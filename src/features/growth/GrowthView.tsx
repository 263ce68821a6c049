import { useTranslation } from 'react-i18next';
import { timelineRange } from '../../data/selectors/growth/counts';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { AtYear } from './AtYear';
import { CountFrame } from './CountFrame';
import './growth.css';
import { Milestones } from './Milestones';
import { TimelineControls } from './timeline/TimelineControls';
import { useTimeline } from './timeline/useTimeline';
import { useMilestones } from './useMilestones';
import { Where } from './Where';
import { ZoneList } from './ZoneList';

/** Zone growth: play 1984 → today; count, milestones, places and zones all follow the playhead. */
export default function GrowthView() {
  const { t } = useTranslation('growth');
  const dataset = useDataset();
  const { first, last } = timelineRange(dataset);
  const { timeline, state } = useTimeline(first, last);
  const { milestones, complete } = useMilestones();
  const ms = useAppStore((s) => s.growth.ms);
  const selected = milestones.find((m) => m.id === ms) ?? null;
  const marks = [...new Set(milestones.map((m) => m.year))];

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
      <AtYear year={state.year} milestones={milestones} />
      <CountFrame year={state.year} first={first} last={last} milestones={milestones} selected={selected} />
      <Milestones milestones={milestones} selectedId={ms} year={state.year} complete={complete} />
      <Where year={state.year} />
      <ZoneList year={state.year} />
    </div>
  );
}
