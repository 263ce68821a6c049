import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';

describe('language switch', () => {
  it('changes every string and every number format at once, without reload, and records it in the URL', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=zh');
    expect(await screen.findByRole('heading', { level: 1, name: '国家级经开区概览' })).toBeInTheDocument();
    const gdpCard = (await screen.findByRole('heading', { name: '地区生产总值' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(gdpCard).getByText('16.9万亿元')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'National ETDZs at a glance' }),
    ).toBeInTheDocument();
    const enCard = screen.getByRole('heading', { name: 'Regional GDP' }).closest('li') as HTMLElement;
    expect(within(enCard).getByText('CNY 16.9 trillion')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.title).toBe('Overview · National ETDZ Dashboard');
    // The address is written once the frame showing the change has been drawn (src/state/history.ts).
    await waitFor(() => expect(window.location.search).toBe('?lang=en'));
    stop();
  });

  it('switches with the l key, but not while typing in a field', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=sources');
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.keyboard('l');
    expect(await screen.findByRole('heading', { level: 1, name: '出处' })).toBeInTheDocument();
    stop();
  });
});

describe('a malformed link', () => {
  it('still renders the app and says what it ignored; the notice can be dismissed', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=nonsense&from=abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'National ETDZs at a glance' }),
    ).toBeInTheDocument();
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(
      within(notices).getByText(/“view=nonsense” was ignored: not a value this setting accepts/),
    ).toBeInTheDocument();
    expect(within(notices).getByText(/“from=abc” was ignored/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(screen.queryByRole('region', { name: 'Notices' })).not.toBeInTheDocument();
    stop();
  });
});

describe('sources one click away', () => {
  it('opens the source of a headline figure with publisher, date, address, quote and quality', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en');
    const card = (await screen.findByRole('heading', { name: 'Foreign investment, actually used' })).closest(
      'li',
    ) as HTMLElement;
    await user.click(
      within(card).getAllByRole('button', {
        name: /sources? of Foreign investment, actually used, 2024/,
      })[0] as HTMLElement,
    );
    const dialog = await screen.findByRole('dialog', {
      name: /Source of Foreign investment, actually used, 2024/,
    });
    expect(within(dialog).getAllByText('China Daily').length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText(/Press/).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('link', { name: /chinadaily\.com\.cn/ })).toHaveAttribute(
      'href',
      expect.stringContaining('chinadaily.com.cn'),
    );
    expect(within(dialog).getAllByText(/27\.2 billion/).length).toBeGreaterThan(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    stop();
  });
});
