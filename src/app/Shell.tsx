import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { viewNamespaces } from '../i18n/constants';
import { TextsGate } from '../i18n/gate/TextsGate';
import { DATA_VERSION } from '../data/version';
import { useFormat } from '../i18n/useFormat';
import { viewLink } from '../ui/export/viewLink';
import { loadDeckCodec } from '../state/deckCodec';
import { useAppStore } from '../state/store';
import { ActionButtons } from './actions/ActionButtons';
import { useShortcuts } from './actions/useShortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { usePresenterChannel } from './present/presenterChannel';
import { usePresentFocus } from './present/usePresentFocus';
import { useDocumentLanguage } from './useDocumentLanguage';
import { usePrintOpensDetails } from './usePrintOpensDetails';
import { useShellActions } from './useShellActions';
import { STATUS_PAGE_HASH, useStatusPage } from './useStatusPage';
import { VIEW_COMPONENTS } from './viewRegistry';
import { lazyRetry } from '../ui/lazyRetry';
import { ViewSkeleton } from './ViewSkeleton';
import './present/present.css';
import './print.css';

// Presenting, the deck editor and the handout load when first used: most visits never present. Each
// brings the deck codec along, since each writes the deck into links.
const withCodec = <T,>(chunk: Promise<T>) => Promise.all([chunk, loadDeckCodec()]).then(([m]) => m);
const DeckDialog = lazyRetry(async () => ({
  default: (await withCodec(import('./present/DeckDialog'))).DeckDialog,
}));
const Handout = lazyRetry(async () => ({ default: (await withCodec(import('./present/Handout'))).Handout }));
const PresentBar = lazyRetry(async () => ({
  default: (await withCodec(import('./present/PresentBar'))).PresentBar,
}));
const PresentMode = lazyRetry(async () => ({
  default: (await withCodec(import('./present/PresentMode'))).PresentMode,
}));

// Help is asked for on few visits; it loads on its first opening.
const HelpDialog = lazyRetry(async () => ({ default: (await import('./actions/HelpDialog')).HelpDialog }));

const TranslationStatusPage = lazyRetry(() => import('../features/translations/TranslationStatusPage'));
const STATUS_NAMESPACES = viewNamespaces('translations');

export function Shell() {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.present !== null);
  const contrast = useAppStore((s) => s.contrast);
  const lang = useAppStore((s) => s.lang);
  // An embed shows the view's first chart alone (styles.css hides the rest), never the dashboard's chrome.
  const embedded = useAppStore((s) => s.embed) && !presenting;
  const [helpOpen, setHelpOpen] = useState(false);
  const [helpUsed, setHelpUsed] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  // Mounted from its first opening on, so closing it returns focus as a mounted dialog does.
  const [deckUsed, setDeckUsed] = useState(false);
  const handout = useAppStore((s) => s.handout);
  useShellActions({
    openHelp: () => {
      setHelpUsed(true);
      setHelpOpen(true);
    },
    openDeck: () => {
      setDeckUsed(true);
      setDeckOpen(true);
    },
  });
  useShortcuts();
  useDocumentLanguage(view);
  usePresenterChannel();
  usePrintOpensDetails();
  const mainRef = usePresentFocus(presenting);
  const statusOpen = useStatusPage() && !presenting;
  const View = statusOpen ? TranslationStatusPage : VIEW_COMPONENTS[view];

  return (
    <div
      className={`shell ${presenting ? 'shell--presenting' : ''} ${embedded ? 'shell--embed' : ''} ${contrast ? 'theme-contrast' : ''}`}
    >
      {!presenting && !embedded && (
        <>
          <a className="skip-link" href="#main">
            {t('nav.skip')}
          </a>
          <header className="masthead">
            <div className="masthead__brand">
              <p className="masthead__title">{t('app.title')}</p>
              <p className="masthead__subtitle">{t('app.subtitle')}</p>
            </div>
            <div className="masthead__tools">
              <LanguageSwitch />
              <ActionButtons placement="toolbar" label={t('actions.toolbar')} />
            </div>
            <Nav />
          </header>
        </>
      )}
      {presenting && (
        <Suspense fallback={null}>
          <PresentBar />
        </Suspense>
      )}
      <Notices />
      <main id="main" tabIndex={-1} ref={mainRef}>
        {presenting ? (
          <ErrorBoundary resetKey="present">
            <Suspense fallback={<ViewSkeleton />}>
              <PresentMode />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <ErrorBoundary resetKey={statusOpen ? STATUS_PAGE_HASH : view}>
            <Suspense fallback={<ViewSkeleton view={statusOpen ? undefined : view} />}>
              <TextsGate namespaces={statusOpen ? STATUS_NAMESPACES : viewNamespaces(view)}>
                <View />
              </TextsGate>
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
      {embedded && (
        <p className="embed-link">
          <a href={viewLink(window.location.href, lang)} target="_blank" rel="noopener">
            {t('embed.fullView')}
          </a>
        </p>
      )}
      {!presenting && !embedded && (
        <footer className="footer">
          <p>{t('footer.data')}</p>
          <p className="muted small">
            {t('footer.version', { version: DATA_VERSION.version, date: format.date(DATA_VERSION.date) })}
          </p>
          <p className="muted small">{t('footer.shortcuts')}</p>
          <p className="small">
            <a href={STATUS_PAGE_HASH}>{t('footer.translations')}</a>
          </p>
        </footer>
      )}
      {helpUsed && (
        <Suspense fallback={null}>
          <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      {deckUsed && (
        <Suspense fallback={null}>
          <DeckDialog open={deckOpen} onClose={() => setDeckOpen(false)} />
        </Suspense>
      )}
      {handout && (
        <Suspense fallback={null}>
          <Handout />
        </Suspense>
      )}
    </div>
  );
}
