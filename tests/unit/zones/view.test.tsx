import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/render';

const WAIT = { timeout: 8000 };

describe('a zone’s own page', { timeout: 30_000 }, () => {
  it('shows the zone’s names in both languages, its history with sources, its ranks and its sources', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=zones&zone=suzhou-industrial-park');
    const title = await screen.findByRole('heading', { level: 1, name: 'Suzhou Industrial Park' }, WAIT);
    expect(title).toBeInTheDocument();
    expect(await screen.findByText('苏州工业园区', {}, WAIT)).toHaveAttribute('lang', 'zh');
    const facts = screen.getByRole('region', { name: 'Place and history' });
    expect(within(facts).getByRole('link', { name: 'Jiangsu' })).toHaveAttribute(
      'href',
      expect.stringMatching(/view=growth.*prov=jiangsu/),
    );
    expect(within(facts).getByText('Feb 1994')).toBeInTheDocument();
    expect(
      within(facts).getAllByRole('button', { name: /^Source of Suzhou Industrial Park/ }).length,
    ).toBeGreaterThan(0);

    const ranks = screen.getByRole('figure', { name: 'Ranks in the assessments' });
    await user.click(within(ranks).getByRole('button', { name: /Show table/ }));
    const table = within(ranks).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    // The 2010 evaluation is named as what it is, never as the comprehensive assessment.
    expect(
      within(table).getByText('Investment-environment evaluation (2010 method): overall'),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: '2019' })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/view=rankings.*a=2019/),
    );

    expect(screen.getByText(/no economic figures for single zones/)).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: /sources on this page$/ });
    expect(within(sources).getAllByRole('listitem').length).toBeGreaterThanOrEqual(6);
    stop();
  });

  it('reads in Chinese too, and flags a disagreement with why, next to both dates', async () => {
    const { stop } = await renderApp('?lang=zh&view=zones&zone=yangzhou');
    expect(
      await screen.findByRole('heading', { level: 1, name: '扬州经济技术开发区' }, WAIT),
    ).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: '所在地与沿革' });
    expect(within(facts).getByText('各来源所述获批日期不同')).toBeInTheDocument();
    expect(within(facts).getByText(/质量较低的网页/)).toBeInTheDocument();
    expect(within(facts).getByText('2009年7月24日')).toBeInTheDocument();
    expect(within(facts).getByText('2009年12月')).toBeInTheDocument();
    expect(facts.querySelector('[data-conflict]')).toHaveAttribute(
      'data-conflict',
      'zones|yangzhou|approval',
    );
    stop();
  });

  it('lists every zone with a link to its page, and says so when a link names a zone it does not list', async () => {
    const { stop } = await renderApp('?lang=en&view=zones&zone=atlantis');
    expect(await screen.findByText(/asks for zone “atlantis”/, {}, WAIT)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Zones listed in the dataset' });
    expect(within(table).getAllByRole('row')).toHaveLength(152);
    expect(
      within(table).getByRole('link', { name: 'Dalian Economic and Technological Development Zone' }),
    ).toHaveAttribute('href', expect.stringMatching(/view=zones.*zone=dalian/));
    stop();
  });
});

describe('the rankings', { timeout: 30_000 }, () => {
  it('shows one assessment at a time with the year it describes, and says the 2010 method is older', async () => {
    const { stop } = await renderApp('?lang=en&view=rankings&a=2010');
    const method = await screen.findByRole(
      'region',
      { name: /Investment-environment evaluation of 2010/ },
      WAIT,
    );
    expect(within(method).getByText(/an older method, not the comprehensive assessment/)).toBeInTheDocument();
    expect(within(method).getByText('90 zones')).toBeInTheDocument();
    const overall = screen.getByRole('table', {
      name: 'Investment-environment evaluation (2010 method): overall',
    });
    expect(within(overall).getAllByRole('row')).toHaveLength(21);
    expect(within(overall).getByRole('link', { name: /^Tianjin/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/view=zones.*zone=tianjin/),
    );
    stop();
  });

  it('names the rules as far as they are known, and a year without ranks from a link', async () => {
    const { stop } = await renderApp('?lang=en&view=rankings&a=2015');
    expect(
      await screen.findByText(/assessment of 2015, for which the dataset holds no ranks/, {}, WAIT),
    ).toBeInTheDocument();
    const latest = screen.getByRole('region', { name: 'Comprehensive assessment of 2024' });
    expect(within(latest).getByText('the year 2023')).toBeInTheDocument();
    expect(within(latest).getByText(/presumably; the ranking sources do not say/)).toBeInTheDocument();
    stop();
  });
});
