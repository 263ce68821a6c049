import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { SPEEDS, type Speed, type Timeline, type TimelineState } from './controller';
import { YearSlider } from './YearSlider';

/** The shortcuts src/app/actions/registry.ts declares for the growth commands. */
const KEYS = { back: ',', toggle: 'k', forward: '.' } as const;

/** Play/pause, steps, jumps and speed; the keys shown are the ones the action registry declares. */
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
        <button
          type="button"
          className="button"
          onClick={() => timeline.stepBack()}
          aria-keyshortcuts={KEYS.back}
        >
          {t('timeline.back')} <kbd aria-hidden="true">{KEYS.back}</kbd>
        </button>
        <button
          type="button"
          className="button timeline__play"
          onClick={() => timeline.toggle()}
          aria-keyshortcuts={KEYS.toggle}
        >
          {t(state.playing ? 'timeline.pause' : 'timeline.play')} <kbd aria-hidden="true">{KEYS.toggle}</kbd>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => timeline.stepForward()}
          aria-keyshortcuts={KEYS.forward}
        >
          {t('timeline.forward')} <kbd aria-hidden="true">{KEYS.forward}</kbd>
        </button>
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
