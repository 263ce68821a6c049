import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import { flaggedConflicts } from '../../../src/data/selectors/conflicts';
import { renderApp } from '../app/render';
import { realTexts } from '../fixtures';

/** Every figure group held back until the test lets it arrive. */
const held = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release() };
});
vi.mock('virtual:etdz-figure-groups', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:etdz-figure-groups')>();
  const load = Object.fromEntries(
    Object.entries(real.load).map(([theme, loadGroup]) => [
      theme,
      async () => {
        await held.arrived;
        return loadGroup();
      },
    ]),
  );
  return { ...real, load };
});

describe('the Sources view before its figures have arrived', () => {
  it('shows its heading and the number of disagreements at once; the rows, the CSV and the source table follow', async () => {
    const expected = flaggedConflicts(buildDataset(realTexts(), { lastYear: 2026 })).length;
    expect(expected).toBeGreaterThan(1);
    const { stop } = await renderApp('?lang=en&view=sources');

    const list = await screen.findByRole('region', { name: 'Where sources disagree' });
    expect(within(list).getByText(new RegExp(`^${expected} disagreements between sources`))).toBeVisible();
    // The download holds its place, unavailable while its rows are on their way.
    expect(within(list).getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    expect(within(list).queryByRole('table')).toBeNull();
    expect(screen.queryByRole('table', { name: 'All sources' })).toBeNull();

    held.release();
    const table = await within(list).findByRole('table', { name: 'Where sources disagree' });
    // The build's count is the list's length.
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(expected);
    expect(within(list).getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    expect(await screen.findByRole('table', { name: 'All sources' })).toBeInTheDocument();
    stop();
  });
});
