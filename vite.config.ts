/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // The research snapshot is for the data check only; it must never be bundled.
    rollupOptions: { external: [/\/src\/data\/raw\//] },
  },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    css: false,
    restoreMocks: true,
    // Whole-app component tests load lazy views and the dataset; a loaded CI machine needs headroom.
    testTimeout: 20_000,
    // The JSON report feeds the pass/fail line at the end of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
