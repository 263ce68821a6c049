import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test also checks what a user never sees: no console error, no uncaught exception,
 * and no request leaving the page's own origin.
 */
export const test = base.extend<{ watch: void; tolerated: RegExp[] }>({
  /** Console errors a test provokes on purpose (a blocked chunk logs its failed request): push a pattern. */
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  tolerated: async ({}, provide) => provide([]),
  watch: [
    async ({ page, baseURL, tolerated }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
          problems.push(`request left the origin: ${url}`);
      });
      await use();
      const unexpected = problems.filter((p) => !tolerated.some((re) => re.test(p)));
      expect(unexpected, 'console errors, uncaught exceptions or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * index.html paints the view's heading before the app has started (scripts/build/shellText.ts), and a
 * key pressed then reaches no handler. The masthead's real buttons come in the same commit as the
 * shortcuts' handler; its loading shell has none.
 */
export async function appTakesKeys(page: Page) {
  await expect(page.locator('header.masthead').getByRole('button').first()).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}
