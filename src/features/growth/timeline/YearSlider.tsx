import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Timeline, TimelineState } from './controller';

const PAGE = 10;

/** The playhead as a slider: arrows step a year, Page Up/Down ten, Home/End jump; a pointer drags. */
export function YearSlider({
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
  const track = useRef<HTMLDivElement>(null);
  const span = Math.max(1, state.last - state.first);
  const pct = (y: number) => `${((y - state.first) / span) * 100}%`;

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => timeline.stepForward(),
      ArrowUp: () => timeline.stepForward(),
      ArrowLeft: () => timeline.stepBack(),
      ArrowDown: () => timeline.stepBack(),
      PageUp: () => timeline.setYear(state.year + PAGE),
      PageDown: () => timeline.setYear(state.year - PAGE),
      Home: () => timeline.jumpToStart(),
      End: () => timeline.jumpToEnd(),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    move();
  };
  const fromPointer = (e: PointerEvent) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    timeline.setYear(state.first + ((e.clientX - box.left) / box.width) * span);
  };

  return (
    <div className="year-slider">
      <div
        ref={track}
        className="year-slider__track"
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.slider')}
        aria-valuemin={state.first}
        aria-valuemax={state.last}
        aria-valuenow={state.year}
        aria-valuetext={format.year(state.year)}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          fromPointer(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) fromPointer(e);
        }}
      >
        <div
          className="year-slider__fill"
          style={{ width: pct(state.year), transitionDuration: `${state.transitionMs}ms` }}
        />
        {marks.map((y) => (
          <span key={y} className="year-slider__mark" style={{ left: pct(y) }} aria-hidden="true" />
        ))}
        <div
          className="year-slider__thumb"
          style={{ left: pct(state.year), transitionDuration: `${state.transitionMs}ms` }}
        />
      </div>
      <div className="year-slider__ends" aria-hidden="true">
        <span>{format.year(state.first)}</span>
        <span>{format.year(state.last)}</span>
      </div>
    </div>
  );
}
