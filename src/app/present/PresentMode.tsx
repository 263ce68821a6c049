import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { clampSlide, type Slide } from '../../state/deck';
import { useAppStore } from '../../state/store';
import { slideState } from '../../state/url';
import { Loading } from '../../ui/Loading';
import { ErrorBoundary } from '../ErrorBoundary';
import { BAR_BAND, STAGE, useStageScale } from './stage';
import { useSlideNames, ViewSlide } from './ViewSlide';

/** Says which slide is on screen, once it is known by name; the live region itself stays put. */
function Announce({ slide, counter, onText }: { slide: Slide; counter: string; onText(text: string): void }) {
  const { t } = useTranslation();
  const { title } = useSlideNames(slide);
  const text = t('present.announce', { counter, title });
  useEffect(() => onText(text), [text, onText]);
  return null;
}

/**
 * Presentation mode: the current slide on a 16:9 stage that fills the screen, letterboxed on other
 * ratios. Each slide enters with a short fade unless the system asks for less motion.
 */
export function PresentMode() {
  const { t } = useTranslation();
  const format = useFormat();
  const scale = useStageScale();
  const deck = useAppStore((s) => s.deck);
  const present = useAppStore((s) => clampSlide(s.deck, s.present ?? 0));
  const [announced, setAnnounced] = useState('');
  const slide = deck[present];
  const total = format.number(deck.length);
  const n = format.number(present + 1);
  const counter = t('present.counter', { n, total });
  if (!slide) return null;
  const view = slideState(slide.search).view;
  return (
    <div className="stage" style={{ paddingBottom: BAR_BAND }}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
      <div
        className="stage__slide"
        style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
      >
        <ErrorBoundary resetKey={`${present}:${slide.search}`}>
          <Suspense fallback={<Loading />}>
            <div key={`${present}:${slide.search}#${slide.part}`} className="stage__enter">
              <ViewSlide slide={slide} number={t('present.number', { n, total })} live />
            </div>
            <Announce key={view} slide={slide} counter={counter} onText={setAnnounced} />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
