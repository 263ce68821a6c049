import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

// The whole app renders all 79 measures in jsdom; loading takes longer than the default wait.
const SLOW = { timeout: 5000 };
import { renderApp } from '../app/render';

const PLAN = 'CN-MOFCOM-2025-132';
const timeline = () => screen.getByRole('region', { name: /Documents and statements|文件与讲话/ });

describe('Policies view', { timeout: 20000 }, () => {
  it('lists every measure, then filters to a document and an area from the timeline and the select', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?view=policies&lang=en');
    expect(await screen.findByText('79 of 79 measures', {}, SLOW)).toBeInTheDocument();
    expect(within(timeline()).getAllByRole('button')).toHaveLength(12);

    await user.click(within(timeline()).getByRole('button', { name: /2025 Work Plan/ }));
    expect(await screen.findByText('20 of 79 measures')).toBeInTheDocument();
    expect(
      screen.getByText(
        /The document states 16 measures in 4 areas\. This dataset holds 18 entries for it in 4 areas\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 more entries lie outside the stated count/)).toBeInTheDocument();
    expect(screen.getByText('商资函〔2025〕132号')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Area of this document'), '4');
    expect(await screen.findByText('4 of 79 measures')).toBeInTheDocument();
    // The address is written a frame after the change (src/state/history.ts).
    await waitFor(() => expect(window.location.search).toBe(`?view=policies&lang=en&doc=${PLAN}&area=4`));
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => within(a).getByRole('heading').textContent)).toEqual([
      'Land guarantees',
      'Talent guarantees',
      'Funding guarantees',
      'Energy guarantees',
    ]);
    for (const a of articles) expect(within(a).getByText('Paraphrased grouping')).toBeInTheDocument();
    stop();
  });

  it('filters by theme, and shows "see the data" only where a theme has indicators', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?view=policies&lang=en');
    await screen.findByText('79 of 79 measures', {}, SLOW);
    await user.click(screen.getByRole('checkbox', { name: 'Foreign investment' }));
    expect(await screen.findByText('9 of 79 measures')).toBeInTheDocument();
    // The address is written a frame after the change (src/state/history.ts).
    await waitFor(() => expect(window.location.search).toContain('tag=foreign-investment'));
    for (const a of screen.getAllByRole('article')) {
      const link = within(a).getByRole('link', { name: /^See the data:/ });
      expect(link.getAttribute('href')).toMatch(/view=compare.*ind=[^&]*fdi_actual_usd,?/);
    }
    stop();
  });

  it('searches Chinese as substrings and marks the matches', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?view=policies&lang=zh');
    await screen.findByText('79项举措中的79项', {}, SLOW);
    await user.click(screen.getByLabelText('搜索标题和摘要'));
    await user.paste('用地');
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeLessThan(79));
    const marks = document.querySelectorAll('.policy-measures mark');
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.textContent).toBe('用地');
    for (const a of screen.getAllByRole('article')) expect(a.querySelector('mark')).not.toBeNull();
    stop();
  });

  it('shows the matrix as a table of counts; a cell filters to its document and theme', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?view=policies&lang=en');
    const table = await screen.findByRole('table', { name: 'Themes by document' }, SLOW);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[1]).toMatch(/^2014 General Office Opinions/);
    expect(headers.at(-2)).toMatch(/^2025 Work Plan/);
    const row = within(table).getByRole('rowheader', { name: 'Foreign investment' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('9');
    await user.click(
      within(row).getByRole('button', {
        name: 'Foreign investment in 2025 Work Plan: 2 measures. Show them.',
      }),
    );
    expect(await screen.findByText('2 of 79 measures')).toBeInTheDocument();
    // The address is written a frame after the change (src/state/history.ts).
    await waitFor(() =>
      expect(window.location.search).toBe(`?view=policies&lang=en&doc=${PLAN}&tag=foreign-investment`),
    );
    stop();
  });

  it('names unknown ids from a link instead of showing a blank list', async () => {
    const { stop } = await renderApp(`?view=policies&lang=zh&doc=${PLAN}&area=9&tag=tourism`);
    expect(await screen.findByText('所选文件没有方面“9”；现显示其全部方面。', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('没有主题“tourism”；已从筛选中略去。')).toBeInTheDocument();
    expect(screen.getByText('79项举措中的20项')).toBeInTheDocument();
    // Chinese sentences run on without spaces
    expect(
      screen.getByText(/^文件本身列有4个方面共16项举措。本数据集收录了其中4个方面的18个条目。另有2个条目/),
    ).toBeInTheDocument();
    stop();
  });

  it('opens a measure from a link and moves through the list with the arrow keys', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp(`?view=policies&lang=en&measure=${PLAN}-m15&q=zzz`);
    const land = await screen.findByRole('article', { name: 'Land guarantees' }, SLOW);
    // the filter that hid it is cleared and its document selected
    await waitFor(() => expect(land).toHaveFocus());
    // The address is written a frame after the change (src/state/history.ts).
    await waitFor(() =>
      expect(window.location.search).toBe(`?view=policies&lang=en&doc=${PLAN}&measure=${PLAN}-m15`),
    );
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('article', { name: 'Talent guarantees' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(
      screen.getByRole('article', { name: 'Administrative efficiency and business environment' }),
    ).toHaveFocus();
    stop();
  });

  it('shows a statement with its issuer and date but no document-number row', async () => {
    const { stop } = await renderApp('?view=policies&lang=en&doc=CN-XI-2024-10');
    const details = await screen.findByRole(
      'region',
      {
        name: "Xi Jinping's Important Instruction on the Work of State-level Economic and Technological Development Zones",
      },
      SLOW,
    );
    expect(within(details).getByText('Statement')).toBeInTheDocument();
    expect(within(details).queryByText('Document number')).toBeNull();
    expect(within(details).getByText('Oct 20, 2024')).toBeInTheDocument();
    expect(screen.getByText('3 of 79 measures')).toBeInTheDocument();
    stop();
  });
});
