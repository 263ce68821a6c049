import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { freePortSync } from './scripts/lib/port';

/**
 * Browser tests run in the system Chromium (downloads of a test browser do not work here).
 * No browser found is a failure with instructions, never a silent skip.
 */
function findChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      [
        'No Chromium found for the browser tests (looked at $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).',
        'Install one, e.g. on Debian/Ubuntu:',
        '  sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei',
        'or point CHROME_PATH at an existing Chrome/Chromium binary.',
      ].join('\n'),
    );
  }
  return found;
}

/**
 * 4173 when it is free, else a free port: a busy port (another preview server, a second checkout's
 * tests) is not a failure of the app. Playwright loads this file in the runner and again in each
 * worker, so the choice is made once and handed on through the environment.
 */
function choosePort(): number {
  if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePortSync(4173));
  return Number(process.env.E2E_PORT);
}

const PORT = choosePort();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // One retry, so one hiccup of a loaded machine does not sink a run; the list reporter and the CI
  // summary name every test that needed it ("flaky"), so a test that fails now and then stays visible.
  retries: 1,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    reducedMotion: 'reduce',
    locale: 'en-US',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
