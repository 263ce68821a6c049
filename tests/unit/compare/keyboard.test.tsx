import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActiveReporter, useChartKeyboard } from '../../../src/features/compare/chart/useChartKeyboard';

/** A stand-in for a chart: the reporter is there while a tooltip shows `label`. */
function Probe({ onActivate, label }: { onActivate(label: unknown): void; label?: unknown }) {
  const { ref, report } = useChartKeyboard(onActivate);
  return (
    <div ref={ref} data-testid="plot">
      <button type="button">svg</button>
      {label !== undefined && <ActiveReporter label={label} onActive={report} />}
    </div>
  );
}

const press = (key: string) => fireEvent.keyDown(screen.getByRole('button'), { key });

describe('useChartKeyboard', () => {
  it('acts on the label the tooltip shows, on Enter or Space only', () => {
    const onActivate = vi.fn();
    const { rerender } = render(<Probe onActivate={onActivate} />);
    press('Enter');
    expect(onActivate).not.toHaveBeenCalled();

    rerender(<Probe onActivate={onActivate} label={2023} />);
    press('a');
    expect(onActivate).not.toHaveBeenCalled();
    press('Enter');
    press(' ');
    expect(onActivate.mock.calls).toEqual([[2023], [2023]]);
  });

  it('keeps the page from scrolling on Space while a point is active, and not otherwise', () => {
    const { rerender } = render(<Probe onActivate={() => {}} />);
    expect(fireEvent.keyDown(screen.getByRole('button'), { key: ' ' })).toBe(true);
    rerender(<Probe onActivate={() => {}} label="east" />);
    // fireEvent returns false when the handler called preventDefault.
    expect(fireEvent.keyDown(screen.getByRole('button'), { key: ' ' })).toBe(false);
  });

  it('forgets the label once the tooltip is gone, and calls the latest handler', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(<Probe onActivate={first} label="east" />);
    rerender(<Probe onActivate={second} label="east" />);
    press('Enter');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('east');
    rerender(<Probe onActivate={second} />);
    press('Enter');
    expect(second).toHaveBeenCalledTimes(1);
  });
});
