import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkSourceOrder } from '../../../scripts/data-check/sourceOrder';
import { orderSources, sourceKind } from '../../../src/data/policy/sourceKinds';
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
