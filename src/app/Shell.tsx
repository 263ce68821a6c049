import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../data/version';
import { useFormat } from '../i18n/useFormat';
import { viewLink } from '../ui/export/viewLink';
import { useAppStore } from '../state/store';
import { ActionButtons } from './actions/ActionButtons';
import { HelpDialog } from './actions/HelpDialog';
import { useShortcuts } from './actions/useShortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { DeckDialog } from './present/DeckDialog';
import { PresentBar } from './present/PresentBar';
import { usePresentFocus } from './present/usePresentFocus';
import { useDataIssues } from './useDataIssues';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useShellActions } from './useShellActions';
import { VIEW_COMPONENTS } from './viewRegistry';
import { ViewSkeleton } from './ViewSkeleton';

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
  const [deckOpen, setDeckOpen] = useState(false);
  useShellActions({ openHelp: () => setHelpOpen(true), openDeck: () => setDeckOpen(true) });
  useShortcuts();
  useDocumentLanguage(view);
  useDataIssues();
  const mainRef = usePresentFocus(presenting);
  const View = VIEW_COMPONENTS[view];

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
      {presenting && <PresentBar />}
      <Notices />
      <main id="main" tabIndex={-1} ref={mainRef}>
        <ErrorBoundary resetKey={view}>
          <Suspense fallback={<ViewSkeleton />}>
            <View />
          </Suspense>
        </ErrorBoundary>
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
        </footer>
      )}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <DeckDialog open={deckOpen} onClose={() => setDeckOpen(false)} />
    </div>
  );
}
