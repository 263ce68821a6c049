import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exitPageFullscreen, requestPageFullscreen } from '../../../src/app/present/pageFullscreen';
import { useAppStore } from '../../../src/state/store';
import { parseSearch } from '../../../src/state/url';
import { renderApp } from './render';

// jsdom has no Fullscreen API: watch the shell ask for the screen instead.
vi.mock('../../../src/app/present/pageFullscreen', () => ({
  requestPageFullscreen: vi.fn(),
  exitPageFullscreen: vi.fn(),
}));

describe('presentation mode in the shell', () => {
  it(
    'runs the default deck without navigation chrome, announcing each slide, in either language',
    { timeout: 40_000 },
    async () => {
      const user = userEvent.setup();
      const { stop } = await renderApp('?lang=en&view=sources');
      await screen.findByRole('heading', { level: 1, name: 'Sources' });
      await user.click(screen.getByRole('button', { name: 'Present' }));
      const bar = await screen.findByRole('toolbar', { name: 'Presentation' });
      expect(screen.queryByRole('navigation')).toBeNull();
      expect(await screen.findByText('Slide 1 of 7: The zones in figures today')).toHaveAttribute(
        'aria-live',
        'polite',
      );
      expect(window.location.search).toBe('?present=1&lang=en');

      await user.keyboard('{PageDown}');
      expect(screen.getByText('Slide 2 of 7')).toBeInTheDocument();
      await user.keyboard('l');
      expect(await screen.findByText('第2张，共7张')).toBeInTheDocument();
      // The address follows once the frame showing the change is drawn.
      await waitFor(() => expect(window.location.search).toBe('?present=2&lang=zh'));
      await user.click(within(bar).getByRole('button', { name: '下一张' }));
      expect(screen.getByText('第3张，共7张')).toBeInTheDocument();
      expect(
        await screen.findByRole('heading', { level: 1, name: '经开区地区生产总值持续增长' }),
      ).toBeInTheDocument();
      expect(await screen.findByText('第3张，共7张：经开区地区生产总值持续增长')).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(await screen.findByRole('navigation')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '演示' })).toHaveFocus();
      await waitFor(() => expect(window.location.search).toBe('?view=sources&lang=zh'));
      stop();
    },
  );

  it('runs the deck from the keyboard: p takes the screen, arrows, Space and Home/End move, Esc gives it back', async () => {
    const user = userEvent.setup();
    vi.clearAllMocks();
    const { stop } = await renderApp('?lang=en&view=sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.keyboard('p');
    await vi.waitFor(() => expect(requestPageFullscreen).toHaveBeenCalledTimes(1));
    const present = () => useAppStore.getState().present;
    expect(present()).toBe(0);
    for (const [key, slide] of [
      ['{ArrowRight}', 1],
      ['{PageDown}', 2],
      ['{ArrowLeft}', 1],
      ['{End}', 6],
      ['{PageUp}', 5],
      ['{Home}', 0],
    ] as const) {
      await user.keyboard(key);
      expect(present(), key).toBe(slide);
    }
    // Space turns the slide unless a button has focus (then it presses the button).
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    await user.keyboard(' ');
    expect(present()).toBe(1);
    await user.keyboard('1');
    expect(useAppStore.getState().view).not.toBe('overview');
    await user.keyboard('{Escape}');
    expect(present()).toBeNull();
    await vi.waitFor(() => expect(exitPageFullscreen).toHaveBeenCalledTimes(1));
    expect(useAppStore.getState().view).toBe('sources');
    stop();
  });

  it('lists every action with its keys in help, those that work now first', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'National ETDZs at a glance' });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = (name: string) =>
      within(dialog).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('Next slide')).toHaveTextContent('→ or Page Down or Space');
    expect(row('Next slide')).toHaveClass('muted');
    expect(row('Present')).toHaveTextContent('p');
    expect(row('Present')).not.toHaveClass('muted');
    expect(row('Full screen for the chart (again to leave)')).toHaveTextContent('f');
    // The Overview's zone-count chart is on screen, so f works; the timeline is not, so k does not.
    await waitFor(() => expect(row('Full screen for the chart (again to leave)')).not.toHaveClass('muted'));
    expect(row('Play or pause the timeline')).toHaveTextContent('In Zone growth');
    expect(row('Play or pause the timeline')).toHaveClass('muted');
    stop();
  });

  it('edits the deck: add the current view, reorder, remove, and restore the default', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.keyboard('d');
    const dialog = await screen.findByRole('dialog', { name: 'Slides for presentation mode' });
    await user.click(within(dialog).getByRole('button', { name: 'Add this view (Sources)' }));
    expect(within(dialog).getByText('8 slides of at most 20')).toBeInTheDocument();
    const slides = () => within(dialog).getAllByRole('listitem');
    // The new slide is named by its view's default title and described in words, never by its query.
    await waitFor(() => expect(slides()[7]).toHaveTextContent('Regional GDP, 2023: 3 figures that disagree'));
    expect(slides()[7]).toHaveTextContent('Sources · Regional GDP, 2023');
    expect(dialog).not.toHaveTextContent('view=');
    // The default deck ends on the same figure; the added copy is the second of that name.
    const moveUp = within(dialog).getAllByRole('button', {
      name: 'Move “Regional GDP, 2023: 3 figures that disagree” up',
    })[1]!;
    await user.click(moveUp);
    expect(slides()[6]).toHaveTextContent('Regional GDP, 2023: 3 figures that disagree');
    await user.click(within(dialog).getByRole('button', { name: 'Remove “The zones in figures today”' }));
    expect(within(dialog).getByText('7 slides of at most 20')).toBeInTheDocument();
    const link = new URL(
      (within(dialog).getByRole('textbox', { name: 'Link to this deck' }) as HTMLInputElement).value,
    );
    expect(parseSearch(link.search).state).toMatchObject({ present: 0, deck: useAppStore.getState().deck });
    expect(localStorage.getItem('etdz.deck.v2')).toMatch(/^z\./);
    await user.click(within(dialog).getByRole('button', { name: 'Back to the default deck' }));
    expect(slides()[0]).toHaveTextContent('The zones in figures today');
    stop();
  });

  it(
    'names, captions, duplicates and reorders slides from the keyboard; focus stays with the neighbour',
    { timeout: 40_000 },
    async () => {
      const user = userEvent.setup();
      const { stop } = await renderApp('?lang=en&view=sources');
      await screen.findByRole('heading', { level: 1, name: 'Sources' });
      await user.keyboard('d');
      const dialog = await screen.findByRole('dialog', { name: 'Slides for presentation mode' });
      const slides = () => within(dialog).getAllByRole('listitem');
      // Each slide's fields come with its view's slide module and the dataset: the first load is slow.
      const title2 = await within(dialog).findByRole(
        'textbox',
        { name: 'Title of slide 2' },
        { timeout: 15_000 },
      );
      expect(title2).toHaveAttribute('placeholder', 'Forty years of national ETDZs, batch by batch');
      await user.type(title2, 'From 14 zones to today');
      await user.type(within(dialog).getByRole('textbox', { name: 'Caption of slide 2' }), 'Batch by batch');
      expect(useAppStore.getState().deck[1]).toMatchObject({
        title: 'From 14 zones to today',
        caption: 'Batch by batch',
      });

      // Duplicate: the copy follows, and its title field takes focus for a new name.
      await user.click(within(dialog).getByRole('button', { name: 'Duplicate “From 14 zones to today”' }));
      expect(slides()).toHaveLength(8);
      expect(within(dialog).getByRole('textbox', { name: 'Title of slide 3' })).toHaveFocus();

      // Up moves the slide and keeps focus on its Up button, one place up.
      // The copy has the same name: the original is the first of the two.
      await user.click(
        within(dialog).getAllByRole('button', { name: 'Move “From 14 zones to today” up' })[0]!,
      );
      expect(useAppStore.getState().deck[0]?.title).toBe('From 14 zones to today');
      expect(document.activeElement).toHaveAttribute('data-deck-control', 'down-0');
      expect(dialog).toHaveTextContent('“From 14 zones to today” is now slide 1.');

      // Moving the last slide up hands focus to the same button one place up; Up on the first, to Down.
      const last = slides().length - 1;
      await user.click(within(slides()[last]!).getByRole('button', { name: /up$/ }));
      expect(document.activeElement).toHaveAttribute('data-deck-control', `up-${last - 1}`);
      await user.click(within(slides()[1]!).getByRole('button', { name: /up$/ }));
      expect(document.activeElement).toHaveAttribute('data-deck-control', 'down-0');

      // Removing the last slide focuses the remove button of the one before; never the page.
      await user.click(within(slides()[last]!).getByRole('button', { name: /^Remove/ }));
      expect(document.activeElement).toHaveAttribute('data-deck-control', `remove-${last - 1}`);

      // With the dialog open, a view shortcut does nothing to the page behind it.
      (document.activeElement as HTMLElement).blur();
      await user.keyboard('3');
      expect(useAppStore.getState().view).toBe('sources');
      stop();
    },
  );
});
