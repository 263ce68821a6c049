import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { viewNamespaces } from '../../i18n/constants';
import { TextsGate } from '../../i18n/gate/TextsGate';
import { useTextsLoaded } from '../../i18n/gate/useTextsStatus';
import { defaultTitleKey, type Slide } from '../../state/deck';
import { slideState } from '../../state/url';
import { EveryChartWanted } from '../../ui/chart/ChartSuspense';
import { SlideFrameContext } from '../../ui/slide/SlideContext';
import { useSlideModule } from './slideRegistry';

function useSlideInput(slide: Slide) {
  const state = useMemo(() => slideState(slide.search), [slide.search]);
  return { state, part: slide.part, module: useSlideModule(state.view) };
}

/** The title the presenter gave, else the default deck's, else empty (the view's own applies). */
export function useGivenTitle(slide: Slide): string {
  const { t } = useTranslation();
  const key = defaultTitleKey(slide);
  return slide.title || (key ? t(key) : '');
}

/**
 * How a slide is named outside it (editor, bar, presenter window, announcement): its title, the
 * title it would have without the presenter's, and a line in words. Suspends while its view loads;
 * a caller keys it by the slide's view, whose module supplies the hook.
 */
export function useSlideNames(slide: Slide) {
  const given = useGivenTitle(slide);
  const { state, part, module } = useSlideInput(slide);
  // The view's own texts: a deck opened from another view has not loaded them yet.
  useTextsLoaded(viewNamespaces(state.view));
  const text = module.useSlideText({ state, part });
  const key = defaultTitleKey({ ...slide, title: '' });
  const { t } = useTranslation();
  return {
    title: given || text.title,
    defaultTitle: key ? t(key) : text.title,
    description: text.description,
    parts: module.useSlideParts({ state, part }),
  };
}

/** One slide drawn by its view's layout, inside the deck's frame: title, caption and number. */
export function ViewSlide({
  slide,
  number,
  live,
  headingLevel = 1,
}: {
  slide: Slide;
  number: string;
  live: boolean;
  headingLevel?: 1 | 2;
}) {
  const title = useGivenTitle(slide);
  const { state, part, module } = useSlideInput(slide);
  const frame = useMemo(
    () => ({ title, caption: slide.caption, number, headingLevel }),
    [title, slide.caption, number, headingLevel],
  );
  const Layout = module.default;
  // A slide's chart is wanted wherever the slide is laid out: on the stage as it enters, and on a
  // handout laid out off screen to be printed.
  return (
    <SlideFrameContext value={frame}>
      <EveryChartWanted value>
        {/* The view's own texts, which a deck started from another view has not loaded yet. */}
        <TextsGate namespaces={viewNamespaces(state.view)}>
          <Layout state={state} part={part} live={live} />
        </TextsGate>
      </EveryChartWanted>
    </SlideFrameContext>
  );
}
