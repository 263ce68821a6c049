import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { StrictMode, Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { TextsGate } from '../i18n/gate/TextsGate';
import { STARTUP_NAMESPACES } from '../i18n/languages';
import { ActionBridgeProvider } from '../state/actions/ActionBridgeProvider';
import { createActionBridge } from '../state/actions/bridge';
import { loadDeckCodec } from '../state/deckCodec';
import { ErrorBoundary } from './ErrorBoundary';
import { isPresenterWindow } from './present/presenterChannel';
import { Shell } from './Shell';
import { lazyRetry } from '../ui/lazyRetry';

// The presenter window reads the deck the presentation sends in its compact form.
const PresenterWindow = lazyRetry(async () => {
  const [module] = await Promise.all([import('./present/PresenterWindow'), loadDeckCodec()]);
  return { default: module.PresenterWindow };
});

export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

export function App({ i18n, queryClient }: { i18n: I18n; queryClient: QueryClient }) {
  const [actions] = useState(() => createActionBridge());
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ActionBridgeProvider bridge={actions}>
            <Suspense fallback={<div className="loading" aria-busy="true" />}>
              <ErrorBoundary>
                <TextsGate namespaces={STARTUP_NAMESPACES}>
                  {isPresenterWindow() ? <PresenterWindow /> : <Shell />}
                </TextsGate>
              </ErrorBoundary>
            </Suspense>
          </ActionBridgeProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
