import { expect, test } from './fixtures';
import { notPseudo, screenTexts, settled } from './support/screenText';

const VIEWS = [
  ['Overview', '?view=overview'],
  ['Compare', '?view=compare&ind=gdp,fdi_usd&reg=all_etdz,national'],
  ['Zone growth', '?view=growth'],
  ['Policies', '?view=policies'],
  ['Sources', '?view=sources'],
  ['a slide', '?present=2'],
] as const;

test.describe('the pseudo-locale (en-XA)', () => {
  for (const [name, search] of VIEWS) {
    test(`${name}: every visible text went through locales/`, async ({ page }) => {
      await page.goto(`/${search}&lang=en-XA`);
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      await expect(page.locator('main h1, main h2').first()).toHaveText(/^\[.*\]$/);
      // Figures, dates and names (a source's title, a language's own name, key caps) are excepted.
      expect(notPseudo(await screenTexts(page, { ownLanguageOnly: true }))).toEqual([]);
    });
  }
});

test.describe('show keys (?lang=cimode)', () => {
  test('renders every text as its key, in place, and is never kept as the language', async ({ page }) => {
    await page.goto('/?view=compare&ind=gdp&lang=cimode');
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('compare:title');
    const nav = page.getByRole('navigation', { name: 'common:nav.label' });
    await expect(nav.getByRole('link', { name: 'common:views.growth.title' })).toBeVisible();
    await expect(page.getByText('indicators:gdp.name').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('common:app.documentTitle');
    // A plain visit afterwards opens in a real language, not in key names.
    await page.goto('/?view=compare');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('compare:title');
  });
});
