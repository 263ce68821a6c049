import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import './app/styles.css';
import { announceUpdate } from './app/serviceWorker';
import { preloadView } from './app/viewRegistry';
import { keepShellHeading } from './app/shellHeading';
import { viewNamespaces } from './i18n/constants';
import { createI18n } from './i18n/setup';
import { initialLanguage, readyToStart, startUrlSync } from './state/history';
import { parseSearch } from './state/url';
import { yieldToBrowser } from './app/yieldToBrowser';
import { DATA_VERSION } from './data/version';
import { warmFormatters } from './i18n/format/warm';

// Evaluating this chunk (React, the store, the shell) is one task; what follows (texts, the store from the
// address, the first render's start) is its own, not the same one made longer.
await yieldToBrowser();

// A deck in the address or storage is read whole before anything shows (its codec loads only then).
await readyToStart();
// What the address needs starts now and side by side (index.html already preloads the dataset and the
// start-up texts): the view's chunk and data, and its own texts alongside the shared ones, in the
// language and the languages it falls back to (a complete language's other one loads when chosen).
const lng = initialLanguage();
const queryClient = createQueryClient();
const { view } = parseSearch(window.location.search).state;
preloadView(view, queryClient);
// While they are on their way.
warmFormatters(lng, DATA_VERSION.date);
const i18n = await createI18n(lng, undefined, viewNamespaces(view));

// Both read the address bar, so neither depends on the other having run first.
startUrlSync();
const root = document.getElementById('root');
// Before React replaces it: the loading state shows the heading index.html showed, in the same place.
keepShellHeading();
// As a transition the first render yields to the browser every few milliseconds instead of holding the
// main thread for the whole view at once; the loading shell of index.html stays until it commits.
if (root) startTransition(() => createRoot(root).render(<App i18n={i18n} queryClient={queryClient} />));
// The service worker exists in the built app only (vite-plugin-pwa writes sw.js); registered once the page has
// loaded, it offers new versions through the notices.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void import('./app/serviceWorkerWatch').then(({ registerWhenLoaded, watchForUpdates }) => {
    registerWhenLoaded(navigator.serviceWorker, `${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
    watchForUpdates(navigator.serviceWorker, announceUpdate);
  });
