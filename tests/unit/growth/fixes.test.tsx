import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/render';

const WAIT = { timeout: 8000 };

describe('Zone growth QA fixes', { timeout: 30_000 }, () => {
  it('labels the regional splits by data year and shows regions a source leaves out as not stated', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=2024');
    const where = (await screen.findByRole('heading', { name: /^Where the zones are/ }, WAIT)).closest('section') as HTMLElement;
    expect(within(where).queryByText(/^Jun 18, 2024 ·/)).toBeNull();
    expect(within(where).getAllByRole('heading', { name: '2023 data · four regions' })).toHaveLength(2);
    const release = within(where).getByText('Stated Jun 18, 2024').closest('.regional-split') as HTMLElement;
    const west = within(release).getByText('West').closest('div') as HTMLElement;
    expect(within(west).getByText('not stated')).toBeInTheDocument();
    expect(within(release).getByText(/not stated, which is not zero/)).toBeInTheDocument();
    const complete = within(where).getAllByRole('heading', { name: '2023 data · four regions' })[0]?.closest('.regional-split') as HTMLElement;
    expect(within(complete).getByText('50')).toBeInTheDocument();
    expect(within(complete).getByText('21')).toBeInTheDocument();
    stop();
  });
});
