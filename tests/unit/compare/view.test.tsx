import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { compareLink } from '../../../src/state/params/compare';
import { useAppStore } from '../../../src/state/store';
import { renderApp } from '../app/render';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function open(search: string) {
  const app = await renderApp(search);
  stop = app.stop;
  // The first render loads the view chunk and the dataset, which can take seconds under load.
  await screen.findByRole('heading', { level: 1, name: /Compare indicators|指标对比/ }, { timeout: 8000 });
  return app;
}

/** The table behind a panel's chart (the chart itself draws nothing in jsdom). */
async function tableOf(user: ReturnType<typeof userEvent.setup>, panelTitle: string | RegExp) {
  const frame = screen.getByRole('heading', { level: 2, name: panelTitle }).closest('figure') as HTMLElement;
  await user.click(within(frame).getByRole('button', { name: /Show table|显示表格|表格/ }));
  return within(frame).getByRole('table');
}

describe('Compare view', { timeout: 20000 }, () => {
  it('with no indicator opens on a default chart, says so, and a question moves focus to its chart', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^A starting point: Regional GDP and GDP, share of national/),
    ).toBeInTheDocument();
    expect(screen.getByText('default')).toBeInTheDocument();
    expect(window.location.search).not.toContain('ind=');
    await user.click(screen.getByRole('button', { name: /Shares of national trade and foreign investment/ }));
    await waitFor(() =>
      expect(window.location.search).toContain('ind=trade_share_national_pct,fdi_share_national_pct'),
    );
    expect(window.location.search).toContain('from=2006');
    const heading = await screen.findByRole('heading', { level: 2, name: /^Trade, share of national and/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByText(/^A starting point/)).not.toBeInTheDocument();
  });

  it('shows every disagreeing figure of a year in the table, each with its series and source', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp&from=2023&to=2023');
    const table = await tableOf(user, 'Regional GDP, All national ETDZs');
    const rows = within(table).getAllByRole('row').slice(1);
    const text = rows.map((r) => r.textContent);
    expect(text.some((t) => t?.includes('CNY 15.7 trillion') && t.includes('Statistics release'))).toBe(true);
    expect(text.some((t) => t?.includes('CNY 14.8 trillion') && t.includes('Comprehensive assessment'))).toBe(
      true,
    );
    expect(text.some((t) => t?.includes('>CNY 15 trillion'))).toBe(true);
    expect(within(table).getAllByRole('button', { name: /Source of Regional GDP, 2023/ }).length).toBe(
      rows.length,
    );
  });

  it('formats the table in Chinese', async () => {
    const user = userEvent.setup();
    await open('?lang=zh&view=compare&ind=gdp&from=2023&to=2023');
    const table = await tableOf(user, '全部国家级经开区：地区生产总值');
    expect(within(table).getByText('15.7万亿元')).toBeInTheDocument();
  });

  it('names an unknown indicator id and keeps the known ones', async () => {
    await open('?lang=en&view=compare&ind=gdp,gdp_on_mars');
    expect(screen.getByText(/“gdp_on_mars” that this dataset does not hold/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^A starting point/)).not.toBeInTheDocument();
  });

  it('says when a range has no figures and offers the years that have some', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp&from=1985&to=1990');
    expect(screen.getByRole('heading', { name: 'No figures from 1985 to 1990' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2002–2024' }));
    await waitFor(() => expect(window.location.search).not.toContain('from='));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Regional GDP, All national ETDZs' }),
    ).toBeInTheDocument();
  });

  it('says which chosen regions have no figures', async () => {
    await open('?lang=en&view=compare&ind=trade_share_national_pct&reg=national,west');
    expect(
      screen.getByText('No figures for West with these indicators, period and publication series.'),
    ).toBeInTheDocument();
  });

  it('says when only one figure matches', async () => {
    await open('?lang=en&view=compare&ind=planned_area_km2');
    expect(screen.getByText(/Only one figure \(\d{4}\) matches/)).toBeInTheDocument();
  });

  it('in share mode shows only published shares, fractions on their own panel', async () => {
    await open('?lang=en&view=compare&ind=gdp&mode=share');
    expect(
      screen.getByRole('heading', { level: 2, name: 'GDP, share of national, All national ETDZs' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: /^GDP, share of national \(stated as a fraction\)/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: /^Regional GDP,/ })).not.toBeInTheDocument();
    expect(screen.getByText(/The dataset holds no national totals/)).toBeInTheDocument();
  });

  it('in year-on-year mode says which indicators have no published rate', async () => {
    await open('?lang=en&view=compare&ind=gdp,planned_area_km2&mode=yoy');
    expect(screen.getByText(/No published year-on-year change for: Planned area/)).toBeInTheDocument();
  });

  it('renders a link from another view that only sets ind, reg, from and to', async () => {
    await renderApp('?lang=en').then((app) => (stop = app.stop));
    await screen.findByRole('heading', { level: 1, name: 'National ETDZs at a glance' }, { timeout: 8000 });
    act(() =>
      useAppStore.getState().navigate({
        view: 'compare',
        compare: compareLink({ ind: ['fdi_actual_usd', 'fdi_share_national_pct'], reg: ['national'] }),
      }),
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Foreign investment, actually used, All national ETDZs' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Foreign investment, share of national, All national ETDZs',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(window.location.search).toBe(
        '?view=compare&lang=en&ind=fdi_actual_usd,fdi_share_national_pct&reg=national',
      ),
    );
  });

  it('writes region, mode, chart, period and series choices to the URL', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp');
    await user.click(screen.getByRole('checkbox', { name: 'East' }));
    await waitFor(() => expect(window.location.search).toContain('reg=national,east'));
    await user.click(screen.getByRole('radio', { name: /^Index/ }));
    await waitFor(() => expect(window.location.search).toContain('mode=index'));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Regional GDP, .*: index, \d{4} = 100$/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Bars by region for one year' }));
    await waitFor(() => expect(window.location.search).toContain('chart=bars'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'H1');
    await waitFor(() => expect(window.location.search).toContain('per=H1'));
    await user.click(screen.getByRole('checkbox', { name: 'Other publication' }));
    await waitFor(() => expect(window.location.search).toContain('ser=statistics,assessment'));
  });

  it('commits a typed year only once it is a whole year, and keeps the ends in order', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp');
    const from = screen.getByRole('spinbutton', { name: 'From' });
    await user.clear(from);
    await user.type(from, '201');
    expect(window.location.search).not.toContain('from=');
    await user.type(from, '0');
    await waitFor(() => expect(window.location.search).toContain('from=2010'));
    const to = screen.getByRole('slider', { name: 'Last year' });
    expect(to).toHaveAttribute('aria-valuetext', '2024');
  });

  it('the table shows exactly the rows the chart draws and is sortable', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=trade_share_national_pct&from=2022&to=2022');
    const table = await tableOf(user, /^Trade, share of national/);
    // 2022: assessment 25, and two disagreeing "other" figures (>20, 23.9), all kept, and all
    // three marked: the disagreement spans series, so no side of it reads as settled.
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getAllByText('disputed')).toHaveLength(3);
    await user.click(within(table).getByRole('button', { name: /Value/ }));
    const values = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[3]?.textContent);
    expect(values.map((v) => v?.replace('disputed', ''))).toEqual(['>20%', '23.9%', '25%']);
  });

  it('marks figures that only differ by rounding quietly, never as disputed (2006: 23.35, 23.34, 23.3)', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=fdi_share_national_pct&from=2006&to=2006');
    const table = await tableOf(user, /^Foreign investment, share of national/);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.textContent).not.toContain('disputed');
      expect(row.textContent).toContain('agree after rounding');
    }
  });

  it('marks a percentage disputed by a share stated as a fraction of the same quantity (2023 trade: 25 % vs 1/5)', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=trade_share_national_pct&from=2023&to=2023');
    const table = await tableOf(user, /^Trade, share of national/);
    const badge = within(table).getByText('disputed');
    expect(badge).toHaveAttribute('data-conflict', 'values|trade_share_national_pct|2023|FY|national');
  });

  it('Home on the last-year slider moves only the last year, and it stops at the first', async () => {
    await open('?lang=en&view=compare&ind=gdp&reg=national,east&from=2012&to=2024');
    // A native range input's Home key sets its value to the minimum, which is what fires here.
    fireEvent.change(screen.getByRole('slider', { name: 'Last year' }), { target: { value: '2002' } });
    await waitFor(() => expect(window.location.search).toContain('from=2012&to=2012'));
    fireEvent.change(screen.getByRole('slider', { name: 'First year' }), { target: { value: '2024' } });
    await waitFor(() => expect(window.location.search).toContain('from=2012&to=2012'));
    fireEvent.change(screen.getByRole('slider', { name: 'First year' }), { target: { value: '2008' } });
    await waitFor(() => expect(window.location.search).toContain('from=2008&to=2012'));
  });

  it.each([
    '?lang=zh&view=compare&ind=trade_share_national_pct,fdi_share_national_pct&from=2006&to=2024',
    '?lang=zh&view=compare&ind=fdi_contracted_usd&from=2015&to=2020',
  ])('never writes 年 twice after a formatted year in zh (%s)', async (search) => {
    await open(search);
    await screen.findAllByText(/2015|2006/);
    expect(document.body.textContent).toMatch(/20\d\d年/);
    expect(document.body.textContent).not.toContain('年年');
  });

  it('an unknown indicator alone opens the default, with a notice that can be dismissed', async () => {
    const user = userEvent.setup();
    await open('?lang=zh&view=compare&ind=nope');
    expect(
      screen.getByRole('heading', { level: 2, name: '全部国家级经开区：地区生产总值' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^默认显示/)).toBeInTheDocument();
    expect(screen.queryByText(/所选条件下没有数据/)).not.toBeInTheDocument();
    expect(screen.getByText(/“nope”不在本数据集中/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '关闭此提示' }));
    await waitFor(() => expect(window.location.search).not.toContain('ind='));
    expect(screen.queryByText(/“nope”/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '全部国家级经开区：地区生产总值' }),
    ).toBeInTheDocument();
  });

  it('says which chosen region has no figure in the bar year', async () => {
    await open('?lang=en&view=compare&ind=gdp&reg=national,east&from=2002&to=2025&chart=bars&year=2024');
    expect(await screen.findByText('East: no figure for 2024.')).toBeInTheDocument();
  });

  it('warns about zone bases only within one region, and names the unit plainly', async () => {
    await open(
      '?lang=en&view=compare&ind=zone_count,gdp&reg=east,central,west,northeast&chart=bars&year=2023',
    );
    expect(await screen.findAllByRole('heading', { level: 2, name: /by region, 2023$/ })).toHaveLength(2);
    expect(screen.queryByText(/cover different sets of zones/)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('in Counts');
  });

  it('finds foreign trade by 外贸 on an English page', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare');
    const search = screen.getByRole('searchbox', { name: 'Search indicators' });
    await user.type(search, '外贸');
    expect(await screen.findByRole('checkbox', { name: /^Foreign trade \(CNY\)/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /^Regional GDP \d/ })).not.toBeInTheDocument();
    expect(screen.getByText(/^\d+ indicators match “外贸”\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^Foreign trade \(CNY\)/ }));
    await waitFor(() =>
      expect(window.location.search).toContain('ind=gdp,gdp_share_national_pct,trade_total_cny'),
    );
  });

  it('finds foreign trade by "trade" on a Chinese page, and says when nothing matches', async () => {
    const user = userEvent.setup();
    await open('?lang=zh&view=compare&ind=gdp');
    await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), 'trade');
    expect(await screen.findByRole('checkbox', { name: /^进出口总额（人民币）/ })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: '搜索指标' }));
    await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), 'nothing-like-this');
    expect(screen.getByText(/没有与“nothing-like-this”匹配的指标/)).toBeInTheDocument();
  });

  it('shows the chosen indicators as chips that remove them, and theme counts that follow', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp,trade_total_cny');
    expect(screen.getByText(/^Size · 1 chosen of \d+$/)).toBeInTheDocument();
    expect(screen.getByText(/^Openness · 1 chosen of \d+$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Foreign trade (CNY)' }));
    await waitFor(() => expect(window.location.search).toContain('ind=gdp'));
    expect(window.location.search).not.toContain('trade_total_cny');
    expect(screen.getByText(/^Openness · 0 chosen of \d+$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Foreign trade (CNY)' })).not.toBeInTheDocument();
  });

  it('corrects a typed year outside the data at once, in the box too, and says so', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp&from=2010');
    const to = screen.getByRole('spinbutton', { name: 'To' });
    await user.clear(to);
    await user.type(to, '2099');
    await waitFor(() => expect(window.location.search).toContain('to=2024'));
    expect(to).toHaveValue(2024);
    expect(screen.getByText('2099 is outside 2002–2024; set to 2024.')).toBeInTheDocument();
  });

  it('offers the bar years with how many regions each has, and opens on the latest with the most', async () => {
    await open(
      '?lang=en&view=compare&ind=gdp,trade_total_cny,fdi_actual_usd&reg=national,east,central,west,northeast&chart=bars',
    );
    const select = screen.getByRole('combobox', { name: 'Year of the bars' });
    expect(select).toHaveValue('2023');
    expect(within(select).getByRole('option', { name: '2023 · 3 regions' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: '2024 · 1 region' })).toBeInTheDocument();
    // The phone's one-line filter summary names the year drawn, not the whole range.
    expect(screen.getByRole('button', { name: /^Filters/ })).toHaveTextContent(/ · 2023$/);
  });

  it('puts every index line on one base year, in the title and the link, and names lines left out', async () => {
    const user = userEvent.setup();
    await open('?lang=en&view=compare&ind=gdp&mode=index&ser=statistics,assessment');
    const base = screen.getByRole('combobox', { name: 'Base year (= 100)' });
    const first = (base as HTMLSelectElement).value;
    expect(
      screen.getByRole('heading', { level: 2, name: new RegExp(`index, ${first} = 100$`) }),
    ).toBeInTheDocument();
    expect(first).toBe('2017');
    await user.selectOptions(base, '2006');
    await waitFor(() => expect(window.location.search).toContain('base=2006'));
    expect(screen.getByRole('heading', { level: 2, name: /index, 2006 = 100$/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Left out of the index: Regional GDP · All national ETDZs · Comprehensive assessment/,
      ),
    ).toBeInTheDocument();
  });
});
