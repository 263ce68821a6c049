import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '../../../src/app/App';
import { bundlesOf } from '../../../src/i18n/bundles';
import { NAMESPACES } from '../../../src/i18n/languages';
import { createI18n } from '../../../src/i18n/setup';
import { ActionBridgeProvider } from '../../../src/state/actions/ActionBridgeProvider';
import { createActionBridge, type ActionBridge } from '../../../src/state/actions/bridge';
import { useAppStore } from '../../../src/state/store';

/**
 * Renders one component with the real locale files and a fresh query client, for component tests
 * of a single view or widget (renderApp in tests/unit/app renders the whole shell).
 */
export async function renderWithProviders(
  ui: ReactElement,
  lng: 'zh' | 'en' = 'en',
): Promise<RenderResult & { i18n: Awaited<ReturnType<typeof createI18n>>; actions: ActionBridge }> {
  useAppStore.getState().setLang(lng);
  const i18n = await createI18n(lng);
  // A single component has no view around it to wait for its namespace: load them all first.
  await bundlesOf(i18n).ensure(lng, NAMESPACES);
  const actions = createActionBridge();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <ActionBridgeProvider bridge={actions}>{ui}</ActionBridgeProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n, actions };
}
