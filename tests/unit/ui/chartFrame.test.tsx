import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { ChartFrame } from '../../../src/ui/ChartFrame';
import { renderWithProviders } from './render';

const frame = (title: string) => (
  <ChartFrame
    title={title}
    summary={`${title} summary`}
    sourceLine="Source: test"
    table={<p>{`${title} table`}</p>}
  >
    <p>{`${title} chart`}</p>
  </ChartFrame>
);

describe('ChartFrame', () => {
  it('falls back to a full-viewport overlay without the Fullscreen API; Esc leaves and focus returns', async () => {
    await renderWithProviders(frame('Zones'));
    const button = screen.getByRole('button', { name: 'Full screen' });
    await userEvent.click(button);
    const overlay = screen.getByRole('dialog');
    expect(overlay).toHaveClass('chart-frame--overlay');
    expect(screen.getByText('Zones summary')).toHaveClass('chart-frame__summary');
    const exit = screen.getByRole('button', { name: 'Exit full screen' });
    expect(exit).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Full screen' })).toHaveFocus();
    expect(screen.getByText('Zones summary')).toHaveClass('visually-hidden');
  });

  it('switches to its table and shows the summary on projectors', async () => {
    useAppStore.setState({ present: 0 });
    await renderWithProviders(frame('Trade'));
    expect(screen.getByText('Trade summary')).toHaveClass('chart-frame__summary');
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    expect(screen.getByText('Trade table')).toBeInTheDocument();
    expect(screen.getByText('Source: test')).toBeVisible();
  });

  it('lets keys act on the focused chart, else the last used, else the first on the page', async () => {
    const { actions } = await renderWithProviders(
      <>
        {frame('First')}
        {frame('Second')}
        {frame('Third')}
      </>,
    );
    const [, second, third] = screen.getAllByRole('button', { name: 'Show table' });
    act(() => void actions.run('chart.table'));
    expect(screen.getByText('First table')).toBeInTheDocument();
    act(() => second?.focus());
    act(() => void actions.run('chart.table'));
    expect(screen.getByText('Second table')).toBeInTheDocument();
    // Focus leaves the charts: the one used last stays the one the keys act on.
    act(() => second?.blur());
    act(() => void actions.run('chart.table'));
    expect(screen.queryByText('Second table')).toBeNull();
    await userEvent.click(third as HTMLElement);
    expect(screen.getByText('Third table')).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    act(() => void actions.run('chart.table'));
    expect(screen.queryByText('Third table')).toBeNull();
    expect(screen.getByText('First table')).toBeInTheDocument();
  });

  it('lets keys act on the chart in full screen, whichever has focus', async () => {
    const { actions } = await renderWithProviders(
      <>
        {frame('First')}
        {frame('Second')}
      </>,
    );
    const [, second] = screen.getAllByRole('button', { name: 'Full screen' });
    await userEvent.click(second as HTMLElement);
    expect(screen.getByRole('dialog')).toHaveTextContent('Second chart');
    const [firstTable] = screen.getAllByRole('button', { name: 'Show table' });
    act(() => firstTable?.focus());
    act(() => void actions.run('chart.table'));
    expect(screen.getByText('Second table')).toBeInTheDocument();
    expect(screen.queryByText('First table')).toBeNull();
  });
});
