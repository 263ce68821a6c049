import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import './app/styles.css';
import { announceUpdate } from './app/serviceWorker';
import { preloadView } from './app/viewRegistry';
import { createI18n } from './i18n/setup';
import { initialLanguage, startUrlSync } from './state/history';
import { parseSearch } from './state/url';

// What the address needs starts now and side by side (index.html already preloads the dataset and the
// start-up texts): the view's chunk, its own texts and data, and reading the dataset while texts arrive.
const lng = initialLanguage();
const queryClient = createQueryClient();
preloadView(parseSearch(window.location.search).state.view, lng, queryClient);

// Both read the address bar, so neither depends on the other having run first.
const i18n = await createI18n(lng);
startUrlSync();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App i18n={i18n} queryClient={queryClient} />);
// The service worker exists in the built app only (registerSW.js); it offers new versions through the notices.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void import('./app/serviceWorkerWatch').then(({ watchForUpdates }) =>
    watchForUpdates(navigator.serviceWorker, announceUpdate),
  );
