import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { bundlesOf, type BundleStatus } from '../bundles';
import { useI18nInstance } from '../useI18nInstance';

/**
 * Whether the namespaces are loaded in the language shown and every language it falls back to, and
 * how to fetch again what failed. Re-renders on a language change and when a file arrives or is retried.
 * Asking also records the namespaces as in use, so a later language switch loads them before it switches.
 */
export function useTextsStatus(namespaces: readonly string[]): { status: BundleStatus; retry: () => void } {
  const i18n = useI18nInstance();
  useTranslation();
  const bundles = bundlesOf(i18n);
  useSyncExternalStore(bundles.subscribe, bundles.getVersion);
  const retry = useCallback(() => bundles.retryFailed(), [bundles]);
  return { status: bundles.status(i18n.language, namespaces), retry };
}

/**
 * Suspends until the namespaces are loaded, for a hook that words something outside a view's own gate
 * (a slide's name in the deck list, the presenter window, the announcement). A failed file does not
 * throw here: the slide's gate shows it with a retry, and i18next falls back meanwhile.
 */
export function useTextsLoaded(namespaces: readonly string[]): void {
  const { status } = useTextsStatus(namespaces);
  if (status.kind === 'loading') throw status.settled;
}
