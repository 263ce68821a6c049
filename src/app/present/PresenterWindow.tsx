import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/changeLanguage';
import { useFormat } from '../../i18n/useFormat';
import { useI18nInstance } from '../../i18n/useI18nInstance';
import type { Deck, Slide } from '../../state/deck';
import { readDeck } from '../../state/url';
import { CHANNEL, type RequestMessage, type StateMessage } from './presenterChannel';
import { useSlideNames } from './ViewSlide';
import { slideState } from '../../state/url';

interface Shown {
  deck: Deck;
  present: number | null;
}

function SlideName({ slide }: { slide: Slide }) {
  const { title } = useSlideNames(slide);
  return <>{title}</>;
}

function Named({ slide }: { slide: Slide }) {
  return (
    <Suspense fallback={null}>
      <SlideName key={slideState(slide.search).view} slide={slide} />
    </Suspense>
  );
}

/** Minutes and seconds since the presenter window learnt that the presentation started. */
function useElapsed(startedAt: number | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const seconds = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  return { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };
}

/**
 * The presenter's own window (opened from the presentation, kept on the laptop screen): the slide's
 * title, caption and speaker notes, the next slide, the time, and buttons that turn the slides on the
 * projector. It holds no state of its own: the presentation sends it over a BroadcastChannel.
 */
export function PresenterWindow() {
  const { t } = useTranslation();
  const format = useFormat();
  const i18n = useI18nInstance();
  const [shown, setShown] = useState<Shown | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(CHANNEL);
    c.onmessage = ({ data }: MessageEvent<StateMessage>) => {
      if (data?.type !== 'state') return;
      setShown({ deck: readDeck(data.deck).deck, present: data.present });
      if (data.present !== null) setStartedAt((started) => started ?? Date.now());
      if (data.lang !== i18n.language) void changeLanguage(i18n, data.lang);
    };
    c.postMessage({ type: 'hello' } satisfies RequestMessage);
    channel.current = c;
    return () => c.close();
  }, [i18n]);

  const deck = shown?.deck ?? [];
  const present = shown?.present ?? null;
  const current = present ?? 0;
  const go = (slide: number) =>
    channel.current?.postMessage({
      type: 'go',
      slide: Math.min(Math.max(slide, 0), deck.length - 1),
    } satisfies RequestMessage);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('button')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(current + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(current - 1);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.title = t('present.presenter.documentTitle');
  }, [t]);

  const elapsed = useElapsed(startedAt);
  const slide = deck[current];
  const next = deck[current + 1];
  return (
    <main className="presenter">
      <header className="presenter__header">
        <h1>{t('present.presenter.title')}</h1>
        <p className="presenter__time" aria-label={t('present.presenter.elapsedLabel')}>
          {t('present.presenter.elapsed', {
            minutes: format.number(elapsed.minutes),
            seconds: String(elapsed.seconds).padStart(2, '0'),
          })}
        </p>
      </header>
      {!shown ? (
        <p role="status">{t('present.presenter.waiting')}</p>
      ) : !slide ? (
        <p role="status">{t('present.presenter.empty')}</p>
      ) : (
        <>
          <p className="presenter__counter" role="status">
            {present === null
              ? t('present.presenter.notPresenting', { total: format.number(deck.length) })
              : t('present.counter', { n: format.number(current + 1), total: format.number(deck.length) })}
          </p>
          <h2 className="presenter__title">
            <Named slide={slide} />
          </h2>
          {slide.caption && <p className="presenter__caption">{slide.caption}</p>}
          <section className="presenter__notes" aria-labelledby="presenter-notes">
            <h3 id="presenter-notes">{t('present.presenter.notes')}</h3>
            {slide.notes ? (
              <p className="presenter__notes-text">{slide.notes}</p>
            ) : (
              <p className="muted">{t('present.presenter.noNotes')}</p>
            )}
          </section>
          <p className="presenter__next">
            {next ? (
              <>
                {t('present.presenter.next')} <Named slide={next} />
              </>
            ) : (
              t('present.presenter.last')
            )}
          </p>
          <div className="presenter__buttons">
            <button
              type="button"
              className="button"
              disabled={present !== null && current === 0}
              onClick={() => go(current - 1)}
            >
              {t('actions.present.previous')}
            </button>
            <button
              type="button"
              className="button"
              disabled={present !== null && current >= deck.length - 1}
              onClick={() => go(present === null ? 0 : current + 1)}
            >
              {present === null ? t('actions.present.start') : t('actions.present.next')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
