import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetAllStores } from './storeReset';

// Every store made with zustand is put back to its first state after each test (see storeReset.ts).
vi.mock('zustand', async () => (await import('./storeReset')).zustandThatResets());

// Views and the dataset load as lazy chunks; under a busy CI machine that can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

// Every test starts from a clean address bar and empty storage.
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

// Unmount first, so no component renders the reset state of a test that is over.
afterEach(() => {
  cleanup();
  resetAllStores();
});
