import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initialState, useAppStore } from '../../src/state/store';

// Every test starts from a fresh store, a clean address bar and empty storage.
beforeEach(() => {
  useAppStore.setState(initialState('zh'));
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
