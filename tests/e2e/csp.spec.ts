import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 12, break 9: the built app runs under its Content-Security-Policy (index.html) with no
 * violation anywhere — every view in both languages, charts hovered, tables, dialogs, CSV, full screen
 * and a presentation — and the policy does refuse what it should.
 */

declare global {
  interface Window {
    violations: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(
        `${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
});

const violations = (page: Page) => page.evaluate(() => window.violations);

async function exercise(page: Page, lang: 'en' | 'zh') {
  const views = [
    '',
    'view=compare&ind=gdp,fdi_actual_usd&reg=national,east',
    'view=growth',
    'view=policies',
    'view=sources',
  ];
  for (const search of views) {
    await page.goto(`/?${search}${search ? '&' : ''}lang=${lang}`);
    await expect(page.locator('main h1')).toBeVisible();
    const chart = page.locator('main .recharts-surface').first();
    if (await chart.count()) {
      const box = await chart.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    }
    const tableButton = page.locator('main .chart-frame__actions button').first();
    if (await tableButton.count()) await tableButton.click();
    // A source dialog, the first the view offers.
    const source = page.locator('main .source-button').first();
    if (await source.count()) {
      await source.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
    }
  }
}

test.describe('the Content-Security-Policy', () => {
  test('is strict: self only, one inline script by its hash, no eval', async ({ page }) => {
    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(policy).not.toMatch(/unsafe-(eval|inline)|data:[^;]*script|\*/);
    // The hash is for the page's own script (the view's heading before the app): the only inline one.
    const html = await (await page.request.get('/')).text();
    expect(html.match(/<script(?![^>]*\s(src|type)=)[^>]*>/g)).toHaveLength(1);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`holds everywhere the app goes (${lang})`, async ({ page }) => {
      await exercise(page, lang);
      // Help, the deck, a presentation, a chart on the full screen, the other language, high contrast.
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await page.keyboard.press('d');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await page.keyboard.press('f');
      await page.keyboard.press('Escape');
      await page.keyboard.press('p');
      await expect(page.locator('.shell--presenting')).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('c');
      await page.keyboard.press('l');
      await expect(page.locator('main .recharts-surface').first()).toBeVisible();
      const download = page.waitForEvent('download');
      await page.keyboard.press('Escape');
      await page.goto(`/?view=policies&lang=${lang}`);
      await expect(page.locator('main h1')).toBeVisible();
      await page.locator('main .csv-button').first().click();
      await download;
      expect(await violations(page)).toEqual([]);
    });
  }

  test('refuses an injected inline script, and the check sees it', async ({ page, tolerated }) => {
    tolerated.push(/Content Security Policy/);
    await page.goto('/?lang=en');
    await expect(page.locator('main h1')).toBeVisible();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return 'injected' in window;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
  });
});
