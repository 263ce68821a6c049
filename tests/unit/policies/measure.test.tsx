import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PolicyMeasure } from '../../../src/data/policy/model';
import { MeasureItem } from '../../../src/features/policies/MeasureItem';
import { policiesParams } from '../../../src/state/params/policies';
import { renderWithProviders } from '../ui/render';
import { realPolicy } from './fixtures';

const measure = (id: string): PolicyMeasure => realPolicy().measures.find((m) => m.id === id)!;
const params = { ...policiesParams.defaults };
const noop = () => {};

describe('MeasureItem', () => {
  it('shows a back-translated heading as a paraphrase with its reason, the weight in percent and no address when there is none', async () => {
    await renderWithProviders(
      <MeasureItem
        measure={measure('CN-MOFCOM-2021-523-m02')}
        q="外资"
        params={params}
        active
        onFocus={noop}
        onKeyDown={noop}
      />,
      'zh',
    );
    const item = screen.getByRole('article', { name: /强化稳外贸稳外资示范带动作用/ });
    expect(within(item).getByText('编者归纳的标题')).toBeInTheDocument();
    expect(
      within(item).getByText('原因：仅见于英文摘要；中文标题系据英文回译，并非官方措辞。'),
    ).toBeInTheDocument();
    expect(within(item).getByText('未记录网址')).toBeInTheDocument();
    expect(item.querySelector('h5 mark')?.textContent).toBe('外资');
    expect(within(item).getByText('商务部')).toBeInTheDocument();
  });

  it('shows an official heading, its weight and its data link in English', async () => {
    await renderWithProviders(
      <MeasureItem
        measure={measure('CN-MOFCOM-2021-EVAL-m01')}
        q=""
        params={params}
        active={false}
        onFocus={noop}
        onKeyDown={noop}
      />,
      'en',
    );
    const item = screen.getByRole('article', { name: /Opening-up/ });
    expect(item).toHaveAttribute('tabindex', '-1');
    expect(within(item).getByText("Document's own heading")).toBeInTheDocument();
    expect(within(item).getByText('numbering not verified')).toBeInTheDocument();
    expect(within(item).getByText('30%')).toBeInTheDocument();
    expect(item.querySelector('mark')).toBeNull();
    const link = within(item).getByRole('link', { name: /^See the data: / });
    expect(link.getAttribute('href')).toContain('view=compare');
  });
});

describe('MeasureItem section numbers', () => {
  it('reads a Chinese-numbered section in digits in English', async () => {
    await renderWithProviders(
      <MeasureItem
        measure={measure('CN-GOSC-2014-54-m08')}
        q=""
        params={params}
        active
        onFocus={noop}
        onKeyDown={noop}
      />,
      'en',
    );
    const heading = screen.getByRole('heading', { level: 5 });
    expect(heading.querySelector('.policy-measure__number')?.textContent).toBe('No. 11 ');
    expect(heading.textContent).not.toMatch(/[一二三四五六七八九十]/);
  });

  it('keeps the number as the document writes it in Chinese', async () => {
    await renderWithProviders(
      <MeasureItem
        measure={measure('CN-GOSC-2014-54-m08')}
        q=""
        params={params}
        active
        onFocus={noop}
        onKeyDown={noop}
      />,
      'zh',
    );
    expect(
      screen.getByRole('heading', { level: 5 }).querySelector('.policy-measure__number')?.textContent,
    ).toBe('第十一项 ');
  });
});

describe('MeasureItem verification notes', () => {
  it.each([
    ['zh', 'CN-MOFCOM-2021-523-m03', /英文摘要，原网址未能保留/],
    ['en', 'CN-GOSC-2014-54-m07', /excerpt of the Opinions' full text .* whose web address was not kept/],
  ] as const)(
    'tell %s readers what kind of source it is, without internal file names',
    async (lng, id, expected) => {
      await renderWithProviders(
        <MeasureItem measure={measure(id)} q="" params={params} active onFocus={noop} onKeyDown={noop} />,
        lng,
      );
      const item = screen.getByRole('article');
      expect(item.textContent).toMatch(expected);
      expect(item.textContent).not.toMatch(/NOTES\.md|corpus|资料库/);
    },
  );
});
