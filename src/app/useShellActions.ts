import { useQueryClient } from '@tanstack/react-query';
import { changeLanguage } from '../i18n/changeLanguage';
import { nextLanguage } from '../i18n/languages';
import { useI18nInstance } from '../i18n/useI18nInstance';
import { useActionHandlers, type ActionHandlers } from '../state/actions/useActionHandlers';
import { useAppStore } from '../state/store';
import { VIEWS } from '../state/views';
import { presenterWindowUrl } from './present/presenterChannel';
import { rememberFocus } from './present/usePresentFocus';

/** The presenter window's name: opening it again brings the same window back rather than a second one. */
const PRESENTER_WINDOW = 'etdz-presenter';

// Full screen (with screenfull) and the handout load when first asked for: most visits never present.
// The browser still counts the key or click as the request's gesture a moment later.
const pageFullscreen = () => import('./present/pageFullscreen');

const store = () => useAppStore.getState();
const slide = () => store().present ?? 0;

const viewHandlers = Object.fromEntries(
  VIEWS.map((view) => [`view.${view}`, () => store().setView(view)]),
) as ActionHandlers;

/** What the shell's own actions do; each reads the state when it runs, so the shell subscribes to none of it. */
export function useShellActions({ openHelp, openDeck }: { openHelp: () => void; openDeck: () => void }) {
  const i18n = useI18nInstance();
  const queryClient = useQueryClient();
  useActionHandlers({
    'present.start': (from) => {
      if (store().present === null) rememberFocus();
      store().startPresenting(from ?? 0);
      void pageFullscreen().then((m) => m.requestPageFullscreen());
    },
    'deck.edit': openDeck,
    'deck.print': () => void import('./present/printHandout').then((m) => m.printHandout(queryClient)),
    'present.notes': () =>
      void window.open(presenterWindowUrl(store().lang), PRESENTER_WINDOW, 'popup,width=960,height=720'),
    'present.previous': () => store().goToSlide(slide() - 1),
    'present.next': () => store().goToSlide(slide() + 1),
    'present.first': () => store().goToSlide(0),
    'present.last': () => store().goToSlide(store().deck.length - 1),
    'present.contrast': () => store().setContrast(!store().contrast),
    'language.switch': (lng) => void changeLanguage(i18n, lng ?? nextLanguage(i18n.language)),
    'present.leave': () => {
      store().stopPresenting();
      void pageFullscreen().then((m) => m.exitPageFullscreen());
    },
    ...viewHandlers,
    help: openHelp,
  });
}
