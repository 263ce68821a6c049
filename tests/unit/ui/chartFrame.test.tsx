import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { ChartFrame } from '../../../src/ui/ChartFrame';
import { activeChartFrame } from '../../../src/ui/chartFrames';
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

  it('lets keys act on the focused chart, else the last used, else the first', async () => {
    await renderWithProviders(
      <>
        {frame('First')}
        {frame('Second')}
      </>,
    );
    expect(activeChartFrame()?.element()).toHaveTextContent('First chart');
    const [, second] = screen.getAllByRole('button', { name: 'Show table' });
    act(() => second?.focus());
    expect(activeChartFrame()?.element()).toHaveTextContent('Second chart');
    act(() => activeChartFrame()?.toggleTable());
    expect(screen.getByText('Second table')).toBeInTheDocument();
  });
});
