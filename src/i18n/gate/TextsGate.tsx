import type { ReactNode } from 'react';
import { TextsFailed } from './TextsFailed';
import { useTextsStatus } from './useTextsStatus';

/**
 * Renders its children only once the namespaces they use are loaded in the language shown and in every
 * language it falls back to, so no raw key reaches the screen; suspends meanwhile, and shows a retry
 * when a file failed to arrive.
 */
export function TextsGate({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const { status, retry } = useTextsStatus(namespaces);
  if (status.kind === 'failed') return <TextsFailed error={status.error} onRetry={retry} />;
  // Suspends the way react-i18next does; the promise is kept in the bundles, so it is the same on every try.
  if (status.kind === 'loading') throw status.settled;
  return <>{children}</>;
}
