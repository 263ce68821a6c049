import {
  apa,
  bibEscape,
  bibtex,
  citation,
  gbt,
  gbtSource,
  type CiteInput,
} from '../../../src/ui/export/cite';

const input = (over: Partial<CiteInput> = {}): CiteInput => ({
  lang: 'en',
  dashboard: 'National ETDZ Dashboard',
  subject: 'Regional GDP',
  version: '2026.11.29',
  versionDate: '2026-11-29',
  accessed: '2026-12-01',
  url: 'https://etdz.example/?view=compare&ind=gdp&lang=en',
  sources: [
    {
      id: 'mofcom-2024',
      publisher: 'MOFCOM',
      title: 'Zone statistics 2023',
      date: '2024-03-05',
      url: 'https://mofcom.example/a',
    },
    { id: 'xinhua_2010', publisher: 'Xinhua', title: '49个国家级开发区', date: '', url: '' },
  ],
  words: {
    dataset: 'Data set',
    version: 'Version 2026.11.29',
    retrieved: 'Retrieved December 1, 2026, from',
    undated: 'n.d.',
  },
  ...over,
});

describe('citations', () => {
  it('APA names the dashboard, year, version, data set, access date and link', () => {
    expect(apa(input())).toBe(
      'National ETDZ Dashboard. (2026). Regional GDP (Version 2026.11.29) [Data set]. Retrieved December 1, 2026, from https://etdz.example/?view=compare&ind=gdp&lang=en',
    );
  });

  it('GB/T 7714 marks a data set online, with update date in parentheses and access date in brackets', () => {
    expect(gbt(input())).toBe(
      'National ETDZ Dashboard. Regional GDP: Version 2026.11.29[DS/OL]. (2026-11-29)[2026-12-01]. https://etdz.example/?view=compare&ind=gdp&lang=en.',
    );
    const [online, offline] = input().sources;
    expect(gbtSource(online!, '2026-12-01')).toBe(
      'MOFCOM. Zone statistics 2023[EB/OL]. (2024-03-05)[2026-12-01]. https://mofcom.example/a.',
    );
    // Without an address there is nothing to access: no access date, and the type is "other".
    expect(gbtSource(offline!, '2026-12-01')).toBe('Xinhua. 49个国家级开发区[Z].');
  });

  it('lists every source after the dashboard, in every style', () => {
    for (const style of ['apa', 'gbt', 'bibtex'] as const) {
      const text = citation(style, input());
      expect(text).toContain('https://etdz.example/?view=compare&ind=gdp&lang=en');
      expect(text).toContain('MOFCOM');
      expect(text).toContain('49个国家级开发区');
    }
    expect(citation('apa', input()).split('\n')[2]).toBe('Xinhua. (n.d.). 49个国家级开发区.');
    expect(citation('gbt', input()).split('\n')[1]).toMatch(/^\[1\] MOFCOM\./);
  });

  it('BibTeX: one entry per work, keys from ids, special characters escaped', () => {
    const text = bibtex(input({ subject: 'GDP & trade_share 100%' }));
    expect(text.match(/^@misc\{/gm)).toHaveLength(3);
    expect(text).toContain('@misc{etdz_2026_11_29,');
    expect(text).toContain('@misc{src_mofcom_2024,');
    expect(text).toContain('@misc{src_xinhua_2010,');
    expect(text).toContain('title = {{GDP \\& trade\\_share 100\\%}}');
    expect(text).toContain('urldate = {2026-12-01}');
    // The undated source gets no year rather than an invented one.
    expect(text.split('@misc{src_xinhua_2010,')[1]).not.toMatch(/year =/);
    expect(bibEscape('a{b}\\c~d^e')).toBe(
      'a\\{b\\}\\textbackslash{}c\\textasciitilde{}d\\textasciicircum{}e',
    );
  });
});
