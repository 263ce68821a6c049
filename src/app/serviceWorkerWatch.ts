/** How often an open page asks whether a new version was published: a talk can keep it open for hours. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Watches for a new version: one waiting already, one installing now, or one found later. A chunk of its
 * own, loaded once the app has rendered: nothing on screen waits for it.
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
