/** How often an open page asks whether a new version was published: a talk can keep it open for hours. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (built by vite-plugin-pwa as `sw.js`) once the page has loaded: it
 * precaches every built file, which must not compete with the first screen's own downloads. A chunk of
 * its own, loaded once the app has started: the page itself asks for no other script (vite-plugin-pwa's
 * registerSW.js was one more request on a first visit's connections before the first screen).
 */
export function registerWhenLoaded(
  container: ServiceWorkerContainer,
  url: string,
  scope: string,
  page: Pick<Window, 'addEventListener'> & { document: Pick<Document, 'readyState'> } = window,
): void {
  // A failed registration (the file gone from the server, storage refused) leaves the page online-only, as
  // before the first visit; left uncaught, the console says why.
  const register = () => void container.register(url, { scope });
  if (page.document.readyState === 'complete') register();
  else page.addEventListener('load', register, { once: true });
}

/**
 * Watches for a new version: one waiting already, one installing now, or one found later. Nothing on
 * screen waits for it.
 */
export function watchForUpdates(
  container: ServiceWorkerContainer,
  onWaiting: (worker: ServiceWorker) => void,
): void {
  void container.ready.then((registration) => {
    const track = (worker: ServiceWorker | null) => {
      if (!worker) return;
      // With no controller this is the first install, not an update: nothing to offer.
      const check = () => {
        if (worker.state === 'installed' && container.controller) onWaiting(worker);
      };
      check();
      worker.addEventListener('statechange', check);
    };
    track(registration.waiting);
    track(registration.installing);
    registration.addEventListener('updatefound', () => track(registration.installing));
    // Offline, the check fails quietly and runs again next time.
    setInterval(() => registration.update().catch(() => {}), CHECK_EVERY_MS);
  });
}
