import { existsSync } from 'node:fs';

/** The system Chromium: downloads of a test browser do not work on the project's machines. */
export function chromiumPath(): string {
  const found = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium found ($CHROME_PATH, /usr/bin/chromium, …). On Debian/Ubuntu: ' +
        'sudo apt-get install -y --no-install-recommends chromium fonts-wqy-microhei',
    );
  return found;
}

/** Without the networking flags Chromium floods a closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
