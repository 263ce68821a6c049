import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initialState, useAppStore } from '../../src/state/store';

// Views and the dataset load as lazy chunks; under a busy CI machine that can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

// Every test starts from a fresh store, a clean address bar and empty storage.
beforeEach(() => {
  useAppStore.setState(initialState('zh'));
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
