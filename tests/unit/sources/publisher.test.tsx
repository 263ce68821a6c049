import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { checkPublishers, needsPublisherText } from '../../../scripts/data-check/publishers';
import { buildDataset } from '../../../src/data/build';
import type { Source } from '../../../src/data/model';
import { Citation } from '../../../src/ui/Citation';
import { renderApp } from '../app/render';
import { realTexts } from '../fixtures';
import { renderWithProviders } from '../ui/render';

const CURATION_LABELS = [
  'unknown (commentary)',
  'unknown (repost)',
  'journal abstract (mirror)',
  'Wikipedia (mirror)',
  'zgparks.net (park directory)',
  'jcipo.org (summary of a MOFCOM release)',
];

describe('publisher descriptions', () => {
  it('shows editors’ descriptions of publishers in Chinese on the Chinese Sources page', async () => {
    const { stop } = await renderApp('?lang=zh&view=sources');
    const table = await screen.findByRole('table', { name: '全部出处' });
    for (const label of CURATION_LABELS) expect(within(table).queryByText(label)).toBeNull();
    expect(within(table).getAllByText('发布者不详（转帖）').length).toBeGreaterThan(0);
    expect(within(table).getByText('jcipo.org（商务部发布内容的摘要）')).toBeInTheDocument();
    // A real name stays as the source writes it, marked with the source's language.
    expect(within(table).getByText('中国企业报')).toHaveAttribute('lang', 'zh');
    stop();
  });

  it('rewords every row of the source table when the language changes', async () => {
    // The table works out its rows' words once per language: a switch must not keep the old language's.
    const { stop } = await renderApp('?lang=zh&view=sources');
    const zhTable = await screen.findByRole('table', { name: '全部出处' });
    expect(within(zhTable).getAllByText('发布者不详（转帖）').length).toBeGreaterThan(0);
    expect(within(zhTable).getAllByText('官方').length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const table = await screen.findByRole('table', { name: 'All sources' });
    expect(within(table).queryByText('发布者不详（转帖）')).toBeNull();
    expect(within(table).getAllByText('Unknown publisher (repost)').length).toBeGreaterThan(0);
    expect(within(table).queryByText('官方')).toBeNull();
    const official = within(table).getAllByText('Official')[0];
    expect(official).toHaveAttribute('title', 'Published on a government or official site.');
    expect(within(table).getByText('中国企业报')).toHaveAttribute('lang', 'zh');
    stop();
  });

  it('shows the description in the reader’s language in a citation, and a real name as written', async () => {
    const dataset = buildDataset(realTexts());
    const source = (id: string) => dataset.sources.get(id) as Source;
    await renderWithProviders(
      <>
        <Citation item={{ source: source('seed000'), quote: 'q1', notes: [] }} />
        <Citation item={{ source: source('a2018'), quote: 'q2', notes: [] }} />
      </>,
      'en',
    );
    expect(screen.getByText('Unknown publisher (commentary)')).not.toHaveAttribute('lang');
    expect(screen.getByText('中国企业报')).toHaveAttribute('lang', 'zh');
  });

  it('the data check asks for a text for every description in each language, and none for an unknown source', () => {
    for (const label of CURATION_LABELS) expect(needsPublisherText(label), label).toBe(true);
    for (const name of [
      '中国企业报',
      'Xinhua',
      'China Daily',
      'jschina.com.cn',
      '法治日报 (2025-06-06 第7版)',
    ])
      expect(needsPublisherText(name), name).toBe(false);
    const dataset = buildDataset(realTexts());
    const issues = checkPublishers(dataset, 'zh', { nosuch: 'x' });
    expect(issues).toContainEqual(
      expect.objectContaining({
        column: 'publisher.seed000',
        reason: expect.stringMatching(
          /unknown \(commentary\)" is an editor's description: it needs a text in zh/,
        ),
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        column: 'publisher.nosuch',
        reason: 'publisher text for unknown source "nosuch"',
      }),
    );
  });
});
