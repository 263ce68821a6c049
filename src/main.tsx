import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import './app/styles.css';
import { createI18n } from './i18n/setup';
import { startUrlSync } from './state/history';
import { useAppStore } from './state/store';

startUrlSync();
const i18n = await createI18n(useAppStore.getState().lang);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App i18n={i18n} queryClient={createQueryClient()} />);
