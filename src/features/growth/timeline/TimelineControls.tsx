import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { ActionButton } from '../../../ui/ActionButton';
import { SPEEDS, type Speed, type Timeline, type TimelineState } from './controller';
import { YearSlider } from './YearSlider';

/** Play/pause, steps, jumps and speed; play and the steps are declared actions, labelled and keyed by the list. */
export function TimelineControls({
  timeline,
  state,
  marks,
}: {
  timeline: Timeline;
  state: TimelineState;
  marks: readonly number[];
}) {
  const { t } = useTranslation('growth');
  const format = useFormat();
  return (
    <section className="timeline panel" aria-labelledby="growth-timeline-title">
      <h2 id="growth-timeline-title" className="visually-hidden">
        {t('timeline.title')}
      </h2>
      <div className="timeline__buttons">
        <p className="timeline__year" aria-live={state.playing ? 'off' : 'polite'}>
          {format.year(state.year)}
        </p>
        <button type="button" className="button" onClick={() => timeline.jumpToStart()}>
          {t('timeline.start')}
        </button>
        <ActionButton
          action="growth.stepBack"
          className="button"
          showKey
          onClick={() => timeline.stepBack()}
        />
        <ActionButton
          action="growth.togglePlay"
          className="button timeline__play"
          showKey
          active={state.playing}
          onClick={() => timeline.toggle()}
        />
        <ActionButton
          action="growth.stepForward"
          className="button"
          showKey
          onClick={() => timeline.stepForward()}
        />
        <button type="button" className="button" onClick={() => timeline.jumpToEnd()}>
          {t('timeline.end')}
        </button>
        <label className="field timeline__speed">
          <span>{t('timeline.speed')}</span>
          <select value={state.speed} onChange={(e) => timeline.setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('timeline.speedValue', { speed: format.number(s) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <YearSlider timeline={timeline} state={state} marks={marks} />
      {state.reducedMotion && <p className="muted small">{t('timeline.reducedMotion')}</p>}
    </section>
  );
}
