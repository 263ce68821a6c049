import { exportFileName, firstFew } from '../../../src/ui/export/fileName';
import { iframeCode, today, viewLink } from '../../../src/ui/export/viewLink';

describe('export file names and links', () => {
  it('say what is inside: subject, years, language', () => {
    expect(exportFileName('regional-gdp', [2010, 2002, 2024], 'en', 'png')).toBe(
      'regional-gdp_2002-2024_en.png',
    );
    expect(exportFileName('Zone count', [2023], 'zh', 'svg')).toBe('zone-count_2023_zh.svg');
    expect(exportFileName('gdp_share', [], 'en', 'png')).toBe('gdp-share_en.png');
    expect(exportFileName('国家', [2020, 2021], 'zh', 'png')).toBe('chart_2020-2021_zh.png');
  });

  it('cuts a list after three and counts the rest', () => {
    expect(firstFew(['a', 'b', 'c', 'd', 'e'])).toEqual({ shown: ['a', 'b', 'c'], more: 2 });
    expect(firstFew(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
  });

  it('links to the view in the language, without presentation state; embeds add embed=1', () => {
    const href = 'https://x.example/app/?view=compare&present=2&deck=a&lang=zh#top';
    expect(viewLink(href, 'en')).toBe('https://x.example/app/?view=compare&lang=en');
    expect(viewLink(href, 'zh', true)).toBe('https://x.example/app/?view=compare&lang=zh&embed=1');
    expect(iframeCode('https://x.example/?a=1&embed=1', 'GDP "real"')).toBe(
      '<iframe src="https://x.example/?a=1&amp;embed=1" title="GDP &quot;real&quot;" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
