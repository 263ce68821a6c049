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
  it('runs the default deck without navigation chrome, announcing each slide, in either language', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const bar = await screen.findByRole('toolbar', { name: 'Presentation' });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('Slide 1 of 5: Forty years of national ETDZs')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(window.location.search).toBe('?present=1&lang=en');

    await user.keyboard('{PageDown}');
    expect(screen.getByText('Slide 2 of 5')).toBeInTheDocument();
    await user.keyboard('l');
    expect(await screen.findByText('第2张，共5张')).toBeInTheDocument();
    expect(window.location.search).toBe('?present=2&lang=zh');
    await user.click(within(bar).getByRole('button', { name: '下一张' }));
    expect(screen.getByText('第3张，共5张')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '演示' })).toHaveFocus();
    expect(window.location.search).toBe('?view=sources&lang=zh');
    stop();
  });

  it('runs the deck from the keyboard: p takes the screen, arrows, Space and Home/End move, Esc gives it back', async () => {
    const user = userEvent.setup();
    vi.clearAllMocks();
    const { stop } = await renderApp('?lang=en&view=sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.keyboard('p');
    expect(requestPageFullscreen).toHaveBeenCalledTimes(1);
    const present = () => useAppStore.getState().present;
    expect(present()).toBe(0);
    for (const [key, slide] of [
      ['{ArrowRight}', 1],
      ['{PageDown}', 2],
      ['{ArrowLeft}', 1],
      ['{End}', 4],
      ['{PageUp}', 3],
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
    expect(exitPageFullscreen).toHaveBeenCalledTimes(1);
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
    expect(within(dialog).getByText('6 slides (at most 20)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Move “Sources” up' }));
    expect(within(dialog).getAllByRole('listitem')[4]).toHaveTextContent('Sources');
    await user.click(within(dialog).getByRole('button', { name: 'Remove “Forty years of national ETDZs”' }));
    expect(within(dialog).getByText('5 slides (at most 20)')).toBeInTheDocument();
    const link = new URL(
      (within(dialog).getByRole('textbox', { name: 'Link to this deck' }) as HTMLInputElement).value,
    );
    expect(parseSearch(link.search).state).toMatchObject({ present: 0, deck: useAppStore.getState().deck });
    expect(localStorage.getItem('etdz.deck')).toContain('sources');
    await user.click(within(dialog).getByRole('button', { name: 'Back to the default deck' }));
    expect(within(dialog).getAllByRole('listitem')[0]).toHaveTextContent('Forty years of national ETDZs');
    stop();
  });
});
