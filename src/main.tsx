import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import './app/styles.css';
import { viewNamespaces } from './i18n/constants';
import { createI18n } from './i18n/setup';
import { initialLanguage, startUrlSync } from './state/history';
import { useAppStore } from './state/store';

// Both read the address bar, so neither depends on the other having run first.
startUrlSync();
// The texts of the view the link opens load alongside the shared ones, not after them.
const i18n = await createI18n(initialLanguage(), undefined, viewNamespaces(useAppStore.getState().view));
const root = document.getElementById('root');
if (root) createRoot(root).render(<App i18n={i18n} queryClient={createQueryClient()} />);
