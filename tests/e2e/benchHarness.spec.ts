import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The interaction bench's in-page harness (scripts/bench/interact/harness.js), in real Chromium: the
 * bench itself is never run by the suite, but its measuring rule is. An interaction ends once nothing
 * has changed for the quiet period; a change after that (a delayed announcement) is not part of it.
 */
const HARNESS = resolve(import.meta.dirname, '../../scripts/bench/interact/harness.js');

test('a DOM change after the quiet period keeps the measured interaction', async ({ page }) => {
  await page.addInitScript({ path: HARNESS });
  // A page of its own (setContent's document.open would drop the harness's listeners).
  await page.route('http://bench.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<button id="b">go</button><p id="out"></p><p id="late"></p>
        <script>b.onclick = () => { out.textContent = 'done'; };</script>`,
    }),
  );
  await page.goto('http://bench.test/');
  await page.evaluate(`window.__bench.arm(${JSON.stringify({ text: ['#out', 'done'] })}, 100)`);
  await page.click('#b');
  await page.waitForFunction('window.__bench.settled()', undefined, { polling: 20 });
  await page.waitForTimeout(300);
  // What the app writes well after the interaction answered (a screen-reader announcement, say), read
  // in the same task as the result: it must neither erase the measurement nor lengthen it.
  const sample = (await page.evaluate(async () => {
    document.getElementById('late')!.textContent = 'announced later';
    // The mutation observer's callback runs first.
    await Promise.resolve();
    return (window as unknown as { __bench: { result(): unknown } }).__bench.result();
  })) as { duration: number } | null;
  expect(sample, 'the late change erased the measurement').not.toBeNull();
  expect(sample!.duration).toBeGreaterThan(0);
  expect(sample!.duration).toBeLessThan(300);
});
