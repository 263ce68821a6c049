import { render } from '@testing-library/react';
import { App, createQueryClient } from '../../../src/app/App';
import { createI18n } from '../../../src/i18n/setup';
import { initialLanguage, readyToStart, startUrlSync } from '../../../src/state/history';

/** Renders the whole app at a URL, as main.tsx does. */
export async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  await readyToStart();
  const i18n = await createI18n(initialLanguage());
  const stop = startUrlSync();
  const view = render(<App i18n={i18n} queryClient={createQueryClient()} />);
  return { ...view, i18n, stop };
}
