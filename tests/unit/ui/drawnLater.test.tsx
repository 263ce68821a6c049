import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDrawnLater } from '../../../src/ui/useDrawnLater';

function Part() {
  return <p>{useDrawnLater() ? 'rows' : 'waiting'}</p>;
}

describe('useDrawnLater', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws in a task after the first commit', async () => {
    render(<Part />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await act(async () => void vi.runAllTimers());
    expect(screen.getByText('rows')).toBeInTheDocument();
  });

  it('draws at once, in the same render, when the page starts being printed', () => {
    render(<Part />);
    // The browser lays the page out for paper right after beforeprint: no timer may be waited for.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('rows')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
