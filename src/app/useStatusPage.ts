import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../state/store';

/** The footer's link to the translation status page: an address of its own, outside the views' state. */
export const STATUS_PAGE_HASH = '#translations';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * Whether the translation status page is open. It is a page for translators, not a view: the
 * navigation does not list it and slides do not carry it.
 */
export function useStatusPageOpen(): boolean {
  return useSyncExternalStore(subscribe, () => window.location.hash === STATUS_PAGE_HASH);
}

/** Opens the status page at its top; choosing a view or presenting (a link, a shortcut) leaves it. */
export function useStatusPage(): boolean {
  const open = useStatusPageOpen();
  useEffect(() => {
    if (!open) return;
    window.scrollTo(0, 0);
    return useAppStore.subscribe((state, previous) => {
      if (state.view === previous.view && state.present === previous.present) return;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  }, [open]);
  return open;
}
