import type { Page } from '@playwright/test';

/**
 * Blocks requests for built files whose path matches, as if the network dropped them, until
 * `release()` lets them through again. `blocked` lists what was refused, so a test can say the
 * block actually happened.
 */
export async function blockAssets(page: Page, path: RegExp) {
  let blocking = true;
  const blocked: string[] = [];
  await page.route(
    (url) => url.pathname.startsWith('/assets/') && path.test(url.pathname),
    (route) => {
      if (!blocking) return route.continue();
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return {
    blocked,
    release: () => {
      blocking = false;
    },
  };
}
