import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { checkPolicySources } from '../../../scripts/data-check/policySources';
import { checkSourceOrder } from '../../../scripts/data-check/sourceOrder';
import { buildDataset } from '../../../src/data/build';
import { orderSources, sourceKind, splitSources } from '../../../src/data/policy/sourceKinds';
import { realTexts } from '../fixtures';
import { SourceLinks } from '../../../src/features/policies/SourceLinks';
import { renderWithProviders } from '../ui/render';
import { realPolicy } from './fixtures';

describe('policy source kinds and order', () => {
  it('tells government and state-media sites, other press and mirrors apart', () => {
    expect(sourceKind('http://www.xinhuanet.com/politics/2019-05/28/c_1124553286.htm')).toBe('official');
    expect(sourceKind('http://sthjj.sjz.gov.cn/eportal3.4/cms/x')).toBe('official');
    expect(sourceKind('https://tv.cctv.com/2024/10/20/x.shtml')).toBe('official');
    expect(sourceKind('http://www.legaldaily.com.cn/index/content/x')).toBe('press');
    expect(sourceKind('http://jewelryarmoireshowcase.com/xwzx_xxy.aspx?ids=549')).toBe('mirror');
    expect(sourceKind('https://raw.githubusercontent.com/landv/xwlb/master/html/2025-05-27.html')).toBe(
      'mirror',
    );
    expect(sourceKind('http://notgov.cn.example.com/')).toBe('mirror');
  });

  it('orders official first, then press, then mirrors, keeping the order within each', () => {
    expect(
      orderSources([
        'http://a-mirror.com/1',
        'http://www.legaldaily.com.cn/2',
        'http://b-mirror.com/3',
        'http://www.gov.cn/4',
      ]),
    ).toEqual([
      'http://www.gov.cn/4',
      'http://www.legaldaily.com.cn/2',
      'http://a-mirror.com/1',
      'http://b-mirror.com/3',
    ]);
  });

  it('holds for the bundled documents and measures, so the Growth milestones list official addresses first too', () => {
    const policy = realPolicy();
    expect(checkSourceOrder(policy)).toEqual([]);
    const opinions = policy.documents.find((d) => d.id === 'CN-SC-2019-11')!;
    expect(sourceKind(opinions.sources[0]!)).toBe('official');
    expect(opinions.sources.findIndex((u) => u.includes('xinhuanet.com'))).toBeLessThan(
      opinions.sources.findIndex((u) => u.includes('jewelryarmoireshowcase.com')),
    );
    const m01 = policy.measures.find((m) => m.id === 'CN-MOFCOM-2025-132-m01')!;
    expect(sourceKind(m01.source!)).toBe('official');
  });

  it('the data check names a mirror listed before an official address', () => {
    const policy = realPolicy();
    const doc = policy.documents.find((d) => d.id === 'CN-SC-2019-11')!;
    const reversed = { ...policy, documents: [{ ...doc, sources: [...doc.sources].reverse() }] };
    expect(checkSourceOrder(reversed)).toEqual([
      expect.objectContaining({
        file: 'documents.csv',
        column: 'sources',
        reason: expect.stringMatching(
          /^CN-SC-2019-11: .* \(mirror\) is listed before .* \(official\); order official, press, mirror$/,
        ),
      }),
    ]);
  });
});

describe('SourceLinks', () => {
  it.each([
    ['en', 'copy on another site', 'press'],
    ['zh', '其他网站的转载', '媒体'],
  ] as const)('labels press and mirror addresses in %s, not official ones', async (lng, mirror, press) => {
    await renderWithProviders(
      <SourceLinks
        urls={[
          'http://jewelryarmoireshowcase.com/x',
          'http://www.legaldaily.com.cn/y',
          'http://www.xinhuanet.com/z',
        ]}
        emptyText="-"
        subject="x"
      />,
      lng,
    );
    const links = screen.getAllByRole('link', { hidden: true });
    expect(links.map((a) => a.getAttribute('data-kind'))).toEqual(['mirror', 'press', 'official']);
    expect(links[0]!.querySelector('.address-link__kind')?.textContent).toBe(` · ${mirror}`);
    expect(links[1]!.querySelector('.address-link__kind')?.textContent).toBe(` · ${press}`);
    expect(links[2]!.querySelector('.address-link__kind')).toBeNull();
  });
});

describe('policy texts credited to sources of the dataset (source:<id>)', () => {
  it('credits the seed articles on the policy items they report', () => {
    const policy = realPolicy();
    const ids = (refs: readonly string[]) => splitSources(refs).sourceIds;
    expect(ids(policy.documents.find((d) => d.id === 'CN-MOFCOM-2025-132')!.sources)).toEqual(['seed002']);
    expect(ids(policy.documents.find((d) => d.id === 'CN-XI-2024-10')!.sources)).toEqual(['seed001']);
    expect(ids(policy.documents.find((d) => d.id === 'CN-HLF-2024-10')!.sources)).toEqual(['seed001']);
    const plan = policy.measures.filter((m) => m.document === 'CN-MOFCOM-2025-132');
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((m) => m.moreSources.includes('source:seed002'))).toBe(true);
    const roles = policy.measures.filter((m) => m.document === 'CN-HLF-2024-10');
    expect(roles).toHaveLength(5);
    expect(roles.every((m) => m.moreSources.includes('source:seed001'))).toBe(true);
  });

  it('the data check knows every credited source, and names one it does not', () => {
    const policy = realPolicy();
    const dataset = buildDataset(realTexts());
    expect(checkPolicySources(policy, dataset)).toEqual([]);
    expect(checkSourceOrder(policy)).toEqual([]);
    const doc = policy.documents.find((d) => d.id === 'CN-MOFCOM-2025-132')!;
    const broken = {
      ...policy,
      documents: [{ ...doc, sources: [...doc.sources, 'source:seed999'] }],
      measures: [],
    };
    expect(checkPolicySources(broken, dataset)).toEqual([
      expect.objectContaining({
        file: 'documents.csv',
        reason: 'CN-MOFCOM-2025-132: unknown source id "seed999" (not in src/data/csv/sources.csv)',
      }),
    ]);
  });

  it('shows a credited source by its title, with its citation one click away', async () => {
    await renderWithProviders(
      <Suspense fallback="…">
        <SourceLinks
          urls={['http://www.xinhuanet.com/z', 'source:seed002']}
          emptyText="-"
          subject="The 2025 work plan"
        />
      </Suspense>,
      'en',
    );
    const title = await screen.findByText(/^稳外贸稳外资主阵地责任担当更加凸显/);
    expect(title).toHaveAttribute('lang', 'zh');
    await userEvent.click(screen.getByRole('button', { name: 'Source of The 2025 work plan' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Economic Daily')).toBeInTheDocument();
    expect(within(dialog).getByText(/no web address/)).toBeInTheDocument();
  });
});
