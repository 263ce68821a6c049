import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, useRowsInSteps } from '../../../src/features/growth/useRowsInSteps';

const ZONES = Array.from({ length: 232 }, (_, i) => `zone ${i}`);

function List({ rows, all = false }: { rows: readonly string[]; all?: boolean }) {
  const shown = useRowsInSteps(rows, all);
  return (
    <ul>
      {shown.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

describe('useRowsInSteps', () => {
  it('shows the first rows at once and every row soon after, in order', async () => {
    render(<List rows={ZONES} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_ROWS);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(ZONES.length));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(ZONES);
  });

  it('shows every row at once when asked to, and a short list whole', () => {
    const { unmount } = render(<List rows={ZONES} all />);
    expect(screen.getAllByRole('listitem')).toHaveLength(ZONES.length);
    unmount();
    render(<List rows={ZONES.slice(0, 5)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
  });

  it('lays every row out for paper in the render that starts printing', () => {
    render(<List rows={ZONES} />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getAllByRole('listitem')).toHaveLength(ZONES.length);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
