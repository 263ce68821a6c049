import { Suspense, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import type { Deck } from '../../state/deck';
import { defaultUrlState, toSearch } from '../../state/url';
import { Loading } from '../../ui/Loading';
import { ErrorBoundary } from '../ErrorBoundary';
import { handoutReady } from './printHandout';
import { ViewSlide } from './ViewSlide';

/** How often to look whether every slide has drawn before the print dialog opens. */
const POLL_MS = 100;
/** Print anyway after this long: a slide that cannot draw shows its error, not an empty page. */
const GIVE_UP_MS = 15_000;

/** The link that opens the deck at this slide, in the reader's own language. */
function slideLink(deck: Deck, i: number) {
  const search = toSearch({ ...defaultUrlState(), present: i, deck });
  return `${window.location.origin}${window.location.pathname}${search}`;
}

/**
 * The deck as a handout: one slide per landscape page, each with its source line and the link that
 * opens it. Laid out off screen, then handed to the print dialog (print or save as PDF) once every
 * slide has drawn; it goes away when printing is over.
 */
function HandoutPages() {
  const { t } = useTranslation();
  const format = useFormat();
  const deck = useAppStore((s) => s.deck);
  const setHandout = useAppStore((s) => s.setHandout);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const started = Date.now();
    let timer = 0;
    const done = () => setHandout(false);
    const check = () => {
      const root = ref.current;
      if (root && (handoutReady(root) || Date.now() - started > GIVE_UP_MS)) {
        window.addEventListener('afterprint', done, { once: true });
        window.print();
        return;
      }
      timer = window.setTimeout(check, POLL_MS);
    };
    timer = window.setTimeout(check, POLL_MS);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [setHandout]);

  const total = format.number(deck.length);
  return (
    <>
      <div className="handout-status" role="status">
        {t('present.handout.preparing')}
      </div>
      <div className="handout" ref={ref} aria-hidden="true">
        {deck.map((slide, i) => (
          <section key={i} className="handout__page">
            <div className="handout__stage">
              <ErrorBoundary>
                <Suspense fallback={<Loading />}>
                  <ViewSlide
                    slide={slide}
                    number={t('present.number', { n: format.number(i + 1), total })}
                    live={false}
                    headingLevel={2}
                  />
                </Suspense>
              </ErrorBoundary>
            </div>
            <p className="handout__link">{t('present.handout.link', { link: slideLink(deck, i) })}</p>
          </section>
        ))}
      </div>
    </>
  );
}

export function Handout() {
  const handout = useAppStore((s) => s.handout);
  return handout ? createPortal(<HandoutPages />, document.body) : null;
}
