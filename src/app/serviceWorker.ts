/**
 * The offline copy and its updates. serviceWorkerWatch.ts registers the service worker (built by
 * vite-plugin-pwa) and notices when a new version has installed and is waiting, and this module
 * holds it, so the notices can offer to reload into it. The new version never takes over by itself: a
 * presenter mid-talk keeps the page.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

/** What the watcher (serviceWorkerWatch.ts) calls when a new version has installed and waits. */
export function announceUpdate(worker: ServiceWorker): void {
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
