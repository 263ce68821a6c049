/**
 * The minimal page the benches measure the dashboard against (npm run bench:interact, bench:lighthouse):
 * React 19, react-dom, react-i18next, zustand and one Recharts LineChart of the same kind of data,
 * and nothing else. Keep it minimal: its speed is the floor the dashboard's budgets are ratios of.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n } from './i18n';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
