import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import './app/styles.css';
import { createI18n } from './i18n/setup';
import { initialLanguage, startUrlSync } from './state/history';

// Both read the address bar, so neither depends on the other having run first.
const i18n = await createI18n(initialLanguage());
startUrlSync();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App i18n={i18n} queryClient={createQueryClient()} />);
