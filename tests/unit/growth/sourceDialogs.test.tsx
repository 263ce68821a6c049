import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/render';

const WAIT = { timeout: 8000 };

describe('source buttons of the zone list', { timeout: 30_000 }, () => {
  it('mount no dialog until one is opened; the opened one stays to return focus', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2021');
    const list = (
      await screen.findByRole('heading', { level: 2, name: 'The zones in the dataset' }, WAIT)
    ).closest('section') as HTMLElement;
    // The rows arrive in a few steps right after the first ones.
    const sourceButtons = () => within(list).getAllByRole('button', { name: /^(\d+ sources|Source) of / });
    await waitFor(() => expect(sourceButtons().length).toBeGreaterThan(100), WAIT);
    const buttons = sourceButtons();
    // A closed dialog per row subscribed to the language and doubled what a switch re-rendered.
    expect(list.querySelectorAll('dialog')).toHaveLength(0);

    const first = buttons[0] as HTMLElement;
    await user.click(first);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(/^Source of /);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(list.querySelector('dialog')).not.toHaveAttribute('open'));
    expect(list.querySelectorAll('dialog')).toHaveLength(1);
    stop();
  });
});
