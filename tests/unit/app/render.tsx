import { render } from '@testing-library/react';
import { App, createQueryClient } from '../../../src/app/App';
import { createI18n } from '../../../src/i18n/setup';
import { startUrlSync } from '../../../src/state/history';
import { useAppStore } from '../../../src/state/store';

/** Renders the whole app at a URL, as main.tsx does. */
export async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const stop = startUrlSync();
  const i18n = await createI18n(useAppStore.getState().lang);
  const view = render(<App i18n={i18n} queryClient={createQueryClient()} />);
  return { ...view, i18n, stop };
}
