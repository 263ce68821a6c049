import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bundlesOf } from '../bundles';
import { useI18nInstance } from '../useI18nInstance';
import { TextsFailed } from './TextsFailed';

/**
 * Renders its children only once the namespaces they use are loaded in the language shown and in every
 * language it falls back to, so no raw key reaches the screen; suspends meanwhile, and shows a retry
 * when a file failed to arrive.
 */
export function TextsGate({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const i18n = useI18nInstance();
  // Re-renders on a language change (useTranslation) and when a file arrives or is retried (the store).
  useTranslation();
  const bundles = bundlesOf(i18n);
  useSyncExternalStore(bundles.subscribe, bundles.getVersion);
  const retry = useCallback(() => bundles.retryFailed(), [bundles]);
  const status = bundles.status(i18n.language, namespaces);
  if (status.kind === 'failed') return <TextsFailed error={status.error} onRetry={retry} />;
  // Suspends the way react-i18next does; the promise is kept in the bundles, so it is the same on every try.
  if (status.kind === 'loading') throw status.settled;
  return <>{children}</>;
}
