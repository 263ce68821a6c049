import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useAppStore } from '../state/store';
import { Loading } from '../ui/Loading';
import { HelpDialog } from './actions/HelpDialog';
import { Toolbar } from './actions/Toolbar';
import type { ActionContext } from './actions/types';
import { useShortcuts } from './actions/useShortcuts';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { useDataIssues } from './useDataIssues';
import { useDocumentLanguage } from './useDocumentLanguage';
import { VIEW_COMPONENTS } from './viewRegistry';

export function Shell() {
  const { t } = useTranslation();
  const state = useAppStore();
  const [helpOpen, setHelpOpen] = useState(false);
  useDocumentLanguage();
  useDataIssues();
  const ctx: ActionContext = useMemo(() => ({ state, languages: LANGUAGES, openHelp: () => setHelpOpen(true) }), [state]);
  useShortcuts(ctx);
  const View = VIEW_COMPONENTS[state.view];

  return (
    <div className="shell">
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
          <Toolbar ctx={ctx} />
        </div>
        <Nav />
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={state.view}>
          <Suspense fallback={<Loading />}>
            <View />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="footer">
        <p>{t('footer.data')}</p>
        <p className="muted small">{t('footer.shortcuts')}</p>
      </footer>
      <HelpDialog ctx={ctx} open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
