import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { contentLanguage } from '../../i18n/constants';
import { useI18nInstance } from '../../i18n/useI18nInstance';
import { observeNear } from '../../ui/nearViewport';
import { whenPrinting } from '../../ui/usePrinting';

/** Within half a screen above or below the viewport a part counts as near: it is redrawn before it shows. */
const NEAR_MARGIN = '50% 0px';

/**
 * A part of the page far below the viewport (the zone list, the province table) follows a language
 * switch when it comes near, not at the switch: redrawing its hundreds of rows and links was a third of
 * the switch on Zone growth, for text nobody could see yet. Its texts come from an i18next instance of
 * its own, sharing the app's loaded texts, whose language follows the app's while the part is near the
 * viewport (in the same commit as the rest of the page), when it comes near, and for print.
 * Nothing is unmounted: the space, the keyboard order and the content stay; only far parts may
 * keep the previous language until they are scrolled to. Without IntersectionObserver a part is
 * always near.
 */
export function FarLanguage({ children }: { children: ReactNode }) {
  const app = useI18nInstance();
  const [own] = useState(() => app.cloneInstance({ lng: app.language, initAsync: false }));
  const ref = useRef<HTMLDivElement>(null);
  // The language the part is worded in, which its box states while it lags behind the page's.
  const [shown, setShown] = useState(own.language);
  useEffect(() => {
    const update = (lng: string) => setShown(lng);
    own.on('languageChanged', update);
    return () => own.off('languageChanged', update);
  }, [own]);

  useEffect(() => {
    const element = ref.current;
    let near = true;
    const catchUp = () => {
      if (own.language !== app.language) void own.changeLanguage(app.language);
    };
    const follow = () => {
      if (near) catchUp();
    };
    // The app's switch notifies its components and this part's in one task: React draws them together.
    app.on('languageChanged', follow);
    // Paper shows every part, caught up in the render that lays the page out for print.
    const stopPrinting = whenPrinting(catchUp);
    const stopWatching = element
      ? observeNear(element, NEAR_MARGIN, (next) => {
          near = next;
          follow();
        })
      : () => {};
    // Tab (or a screen reader moving focus) reaches a link in the part without scrolling it near.
    element?.addEventListener('focusin', catchUp);
    // A switch between the first render and this effect.
    follow();
    return () => {
      app.off('languageChanged', follow);
      stopPrinting();
      stopWatching();
      element?.removeEventListener('focusin', catchUp);
    };
  }, [app, own]);

  return (
    <div ref={ref} className="far-language" lang={contentLanguage(shown)}>
      <I18nextProvider i18n={own as I18n}>{children}</I18nextProvider>
    </div>
  );
}
