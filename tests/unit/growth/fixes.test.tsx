import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../../src/ui/Figure';
import { renderApp } from '../app/render';
import { renderWithProviders } from '../ui/render';

const WAIT = { timeout: 8000 };

describe('Zone growth QA fixes', { timeout: 30_000 }, () => {
  it('labels the regional splits by data year and shows regions a source leaves out as not stated', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=2024');
    const where = (await screen.findByRole('heading', { name: /^Where the zones are/ }, WAIT)).closest(
      'section',
    ) as HTMLElement;
    expect(within(where).queryByText(/^Jun 18, 2024 ·/)).toBeNull();
    expect(within(where).getAllByRole('heading', { name: '2023 data · four regions' })).toHaveLength(2);
    const release = within(where).getByText('Stated Jun 18, 2024').closest('.regional-split') as HTMLElement;
    const west = within(release).getByText('West').closest('div') as HTMLElement;
    expect(within(west).getByText('not stated')).toBeInTheDocument();
    expect(within(release).getByText(/not stated, which is not zero/)).toBeInTheDocument();
    const complete = within(where)
      .getAllByRole('heading', { name: '2023 data · four regions' })[0]
      ?.closest('.regional-split') as HTMLElement;
    expect(within(complete).getByText('50')).toBeInTheDocument();
    expect(within(complete).getByText('21')).toBeInTheDocument();
    stop();
  });

  it('reads a bound once: ">200" shown, "more than 200" for assistive tech, never "more than >200"', async () => {
    const { container } = await renderWithProviders(
      <Figure figure={{ value: 200, fraction: null, qualifier: '>', unit: 'count' }} />,
      'en',
    );
    expect(container.textContent).toBe('>200more than 200');
    expect(container.querySelector('[title]')?.getAttribute('title')).toBe('more than 200');
  });

  it('the count table reads the June 2014 bound once', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2014');
    const frame = (
      await screen.findByRole('heading', { name: 'Number of national ETDZs over time' }, WAIT)
    ).closest('section, figure, div.chart-frame') as HTMLElement;
    await user.click(within(frame).getByRole('button', { name: 'Show table' }));
    // The row is dated by its statement (Nov 21, 2014) and names June 2014 as the period it counts.
    const rows = within(frame)
      .getAllByRole('row')
      .filter((r) => r.textContent?.includes('200') && r.textContent.includes('2014'));
    expect(rows.map((r) => r.textContent).join('|')).toContain('more than 200');
    expect(rows.map((r) => r.textContent).join('|')).not.toContain('more than >200');
    stop();
  });

  it('says once what a figure counts, then lists the dates of its statements', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=2025');
    const count = (
      await screen.findByRole('heading', { name: 'Number of national ETDZs, as stated' }, WAIT)
    ).closest('.card') as HTMLElement;
    const detail = count.querySelector('.statement__detail');
    expect(detail?.textContent).toBe('zones existing, as of 2025; Mar 17, 2025');
    stop();
  });

  it('disables the "approved after" filter at the latest year and says why', async () => {
    const { stop } = await renderApp('?lang=zh&view=growth&zf=after');
    const box = await screen.findByRole('checkbox', { name: /^仅显示\d{4}年以后获批的经开区$/ }, WAIT);
    expect(box).toBeDisabled();
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/是数据中的最近年份/);
    expect(screen.getByText(/^显示\d+家/).textContent).not.toMatch(/^显示0家/);
    stop();
  });

  it('keeps the filter in the URL: a link with zf=after opens filtered', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2010&zf=after');
    const box = await screen.findByRole('checkbox', { name: 'Only zones approved after 2010' }, WAIT);
    expect(box).toBeChecked();
    expect(screen.getByText(/A partial answer/)).toBeInTheDocument();
    await user.click(box);
    expect(box).not.toBeChecked();
    // The address is written after the frame that shows the change.
    await waitFor(() => expect(window.location.search).not.toContain('zf='));
    await user.click(box);
    await waitFor(() => expect(window.location.search).toContain('zf=after'));
    stop();
  });

  it("lists a policy milestone's addresses official first and labels copies on other sites", async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=2019&ms=policy.CN-SC-2019-11');
    const heading = await screen.findByRole('heading', { name: 'Source addresses' }, WAIT);
    const links = within(heading.nextElementSibling as HTMLElement).getAllByRole('link');
    expect(links[0]).not.toHaveTextContent('copy on another site');
    expect(links[0]?.getAttribute('href')).toMatch(/gov\.cn|xinhuanet|news\.cn|people/);
    expect(links.some((a) => a.textContent?.includes('copy on another site'))).toBe(true);
    stop();
  });
});
