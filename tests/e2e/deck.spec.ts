import type { Page } from '@playwright/test';
import lzString from 'lz-string';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { waitForSlide } from './slideMetrics';

const openEditor = async (page: Page) => {
  // The app has mounted (and its keys listen) once a view or a slide shows its heading.
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.keyboard.press('d');
  const dialog = page.getByRole('dialog', { name: 'Slides for presentation mode' });
  await expect(dialog).toBeVisible();
  return dialog;
};

/** A deck in the link's compact form, as the app writes it. */
const compact = (packed: unknown) =>
  `z.${lzString.compressToEncodedURIComponent(JSON.stringify(packed)).replace(/\+/g, '_').replace(/\$/g, '.')}`;

/** The pages of a PDF: each page object names its type `/Page` (the tree of pages is `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe('the deck a presenter writes', () => {
  test('writes a five-slide deck with its own titles, shares it as a link, and the link presents it', async ({
    page,
    context,
  }) => {
    await page.goto('/?lang=en');
    let dialog = await openEditor(page);
    // Start from an empty deck: remove the default slides.
    while ((await dialog.getByRole('listitem').count()) > 0)
      await dialog
        .getByRole('button', { name: /^Remove/ })
        .first()
        .click();
    await expect(dialog.getByRole('button', { name: 'Add this view (Overview)' })).toBeFocused();
    await page.keyboard.press('Escape');

    for (const [n, key, view, title] of [
      [1, '1', 'Overview', 'Where the zones stand'],
      [2, '3', 'Zone growth', 'How they grew'],
      [3, '2', 'Compare', 'Output over time'],
      [4, '4', 'Policies', 'What the state asks'],
      [5, '5', 'Sources', 'Who says so'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.locator('.nav__link[aria-current="page"]')).toHaveText(view);
      dialog = await openEditor(page);
      await dialog.getByRole('button', { name: `Add this view (${view})` }).click();
      await dialog.getByRole('textbox', { name: `Title of slide ${n}` }).fill(title);
      await page.keyboard.press('Escape');
    }
    dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Caption of slide 3' }).fill('Every series, as published');
    await dialog
      .getByRole('textbox', { name: 'Speaker notes for slide 3' })
      .fill('Point at the gap in 2010.');
    // Descriptions in words, never a query string.
    await expect(dialog.getByRole('listitem').nth(1)).toContainText('Zone growth · the count up to 2025');
    await expect(dialog).not.toContainText('view=');
    await expectNoAxeViolations(page);
    const link = await dialog.getByRole('textbox', { name: 'Link to this deck' }).inputValue();
    expect(link).toMatch(/\?present=1&deck=z\./);
    await expect(
      dialog.getByText(/^This link is [\d,]+ characters long; a link carries up to 8,000\.$/),
    ).toBeVisible();

    // The link, opened elsewhere, presents the same deck with the same words, in the reader's language.
    const other = await context.newPage();
    await other.goto(`${link}&lang=en`);
    await expect(other.locator('.present-bar__counter')).toHaveText('Slide 1 of 5');
    await expect(other.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Where the zones stand',
    );
    await other.keyboard.press('End');
    await expect(other.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText('Who says so');
    await other.keyboard.press('ArrowLeft');
    await other.keyboard.press('ArrowLeft');
    await expect(other.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Output over time',
    );
    await expect(other.locator('.slide__caption')).toHaveText('Every series, as published');
    await other.keyboard.press('l');
    // The presenter's words stay as written; the rest of the slide follows the language.
    await expect(other.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'Output over time',
    );
    await expect(other.locator('.present-bar__counter')).toHaveText('第3张，共5张');
  });

  test('reorders by drag, and by Up and Down from the keyboard', async ({ page }) => {
    // Tall enough that the slides dragged between are both on screen.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('/?lang=en');
    const dialog = await openEditor(page);
    const titles = () => dialog.locator('.deck-item__title').allTextContents();
    await expect(dialog.locator('.deck-item__title')).toHaveCount(7);
    const before = await titles();
    await dialog.locator('.deck-item__title').first().dragTo(dialog.getByRole('listitem').nth(1));
    expect(await titles()).toEqual([before[1], before[0], ...before.slice(2)]);

    // Keyboard only: Tab to Down, Space presses it, focus follows the slide.
    const down = dialog.getByRole('button', { name: 'Move “The zones in figures today” down' });
    await down.focus();
    await page.keyboard.press('Space');
    expect((await titles())[2]).toBe(before[0]);
    await expect(
      dialog.getByRole('button', { name: 'Move “The zones in figures today” down' }),
    ).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Move “The zones in figures today” up' })).toBeFocused();
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('Enter');
    expect((await titles())[0]).toBe(before[0]);
    await expect(
      dialog.getByRole('button', { name: 'Move “The zones in figures today” down' }),
    ).toBeFocused();
  });

  test('keeps focus in the dialog after a remove or a move, and shortcuts never reach the page behind it', async ({
    page,
  }) => {
    await page.goto('/?lang=en&view=sources');
    const dialog = await openEditor(page);
    const items = dialog.getByRole('listitem');
    const count = await items.count();
    await items
      .nth(count - 1)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(items.nth(count - 2).getByRole('button', { name: /^Remove/ })).toBeFocused();
    await items.nth(1).getByRole('button', { name: /up$/ }).click();
    await expect(items.nth(0).getByRole('button', { name: /down$/ })).toBeFocused();
    for (const key of ['3', 'p', 'ArrowRight', 'c']) await page.keyboard.press(key);
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeAttached();
    await expect(page).toHaveURL(/view=sources/);
    await expect(page.locator('.shell')).not.toHaveClass(/theme-contrast/);
  });

  test('the presenter window shows the notes and turns the slides on the projector', async ({
    page,
    context,
  }) => {
    await page.goto('/?lang=en');
    const dialog = await openEditor(page);
    await dialog
      .getByRole('textbox', { name: 'Speaker notes for slide 2' })
      .fill('Start with the 1984 batch.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 1 of 7');
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('.present-bar').getByRole('button', { name: 'Presenter window' }).click(),
    ]);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Presenter window' })).toBeVisible();
    await expect(presenter.getByText('Slide 1 of 7')).toBeVisible();
    await expect(presenter.getByRole('heading', { level: 2 })).toHaveText('The zones in figures today');
    await expect(presenter.getByText('Next: Forty years of national ETDZs, batch by batch')).toBeVisible();
    await presenter.getByRole('button', { name: 'Next slide' }).click();
    await expect(page.locator('.present-bar__counter')).toHaveText('Slide 2 of 7');
    await expect(presenter.getByText('Start with the 1984 batch.')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByText('Slide 3 of 7')).toBeVisible();
    await expect(presenter.getByText('No notes for this slide.')).toBeVisible();
  });

  test('prints the deck as a handout: one landscape page per slide, each with its source line and link', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.goto('/?lang=en');
    const dialog = await openEditor(page);
    await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const pages = page.locator('.handout__page');
    await expect(pages).toHaveCount(7);
    for (let i = 0; i < 7; i += 1) {
      await expect(pages.nth(i).locator('.slide__source')).toHaveText(/^Sources?: /);
      await expect(pages.nth(i).locator('.handout__link')).toContainText(`?present=${i + 1}`);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.masthead')).toBeHidden();
    await expect(page.locator('.handout')).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(7);
  });

  test('tells the presenter when the browser refuses to keep the deck, and keeps what it had', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    let dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Title of slide 1' }).fill('Kept before');
    await page.keyboard.press('Escape');
    // From now on storage refuses every write, as a full or private-mode storage does.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Title of slide 1' }).fill('Not kept');
    await expect(dialog.getByRole('alert')).toContainText('This browser refused to keep the deck');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
      'This browser refused to keep your deck',
    );
    await page.reload();
    dialog = await openEditor(page);
    await expect(dialog.getByRole('textbox', { name: 'Title of slide 1' })).toHaveValue('Kept before');
  });

  test('a kept deck with an unreadable slide keeps the others and names the one it dropped', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const kept = compact([
      ['view=growth', '', 'My growth slide'],
      ['view=nowhere', '', 'A slide from a later version'],
      ['view=sources'],
    ]);
    await page.evaluate((raw) => localStorage.setItem('etdz.deck.v2', raw), kept);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
      'Slide 2 of the deck kept in this browser (“A slide from a later version”) could not be read and was left out; the other slides are kept.',
    );
    const dialog = await openEditor(page);
    await expect(dialog.locator('.deck-item__title')).toHaveText([
      'My growth slide',
      'Regional GDP, 2023: 3 figures that disagree',
    ]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await waitForSlide(page);
    await expect(page.locator('.stage__slide').getByRole('heading', { level: 1 })).toHaveText(
      'My growth slide',
    );
  });
});
