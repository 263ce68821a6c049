/**
 * The offline copy and its updates. registerSW.js (built by vite-plugin-pwa) registers the service
 * worker; this module notices when a new version has installed and is waiting, so the notices can offer
 * to reload into it. The new version never takes over by itself: a presenter mid-talk keeps the page.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function announce(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The new version waiting to take over, if any. */
export function waitingUpdate(): ServiceWorker | null {
  return waiting;
}

/** Lets the waiting version take over, and reloads the page once it has. */
export function applyUpdate(container: ServiceWorkerContainer = navigator.serviceWorker): void {
  if (!waiting) return;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** How often an open page asks whether a new version was published: a talk can keep it open for hours. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Watches for a new version: one waiting already, one installing now, or one found later. */
export function watchForUpdates(container: ServiceWorkerContainer): void {
  void container.ready.then((registration) => {
    const track = (worker: ServiceWorker | null) => {
      if (!worker) return;
      // With no controller this is the first install, not an update: nothing to offer.
      const check = () => {
        if (worker.state === 'installed' && container.controller) announce(worker);
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
