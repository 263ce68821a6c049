import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One query list for the page: React reads the snapshot on every render of every subscriber, and a
// new matchMedia per read showed in the playback profile.
let list: MediaQueryList | null | undefined;
const query = () => (list ??= typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** Whether the user asked the system for less motion; false where the browser cannot tell. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}
