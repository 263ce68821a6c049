import i18next from 'i18next';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/common.json';
import zh from '../../../locales/zh/common.json';
import { csvMetadataLine, toCsv, withMetadataLine } from '../../../src/ui/csv';

const meta = {
  version: '2026.11.29',
  date: '2026-11-29',
  link: 'https://example.org/?view=compare&ind=gdp&reg=national,east&lang=en',
};

async function lineIn(lng: 'en' | 'zh') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { en: { common: en }, zh: { common: zh } },
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return csvMetadataLine((m) => i18n.t('download.csvMetadata', { ...m }), meta);
}

describe('the metadata line of a downloaded CSV', () => {
  it.each(['en', 'zh'] as const)(
    'in %s: one cell naming the version, its date, the link and the licence',
    async (lng) => {
      const line = await lineIn(lng);
      expect(line.startsWith('# ')).toBe(true);
      expect(line).toContain('v2026.11.29');
      expect(line).toContain('2026-11-29');
      expect(line).toContain('CC BY 4.0');
      // The comma in the link is encoded, so a spreadsheet keeps the whole line in one cell.
      expect(line).toContain('reg=national%2Ceast');
      expect(new URL(/https?:\S+/.exec(line)![0]).searchParams.get('reg')).toBe('national,east');
      expect(line).not.toMatch(/[,;\t"\r\n]/);
      for (const delimiter of [',', ';', '\t'])
        expect(Papa.parse<string[]>(line, { delimiter }).data[0]).toEqual([line]);
    },
  );

  it('comes first after the byte-order mark, and the rows after it parse back', async () => {
    const header = ['region', 'value', 'source'];
    const rows = [
      ['East, coastal', 12.5, 'src_a'],
      ['=West', null, '"quoted"'],
    ];
    const csv = withMetadataLine(await lineIn('zh'), toCsv(header, rows));
    expect(csv.startsWith('\uFEFF# ')).toBe(true);
    expect(csv.match(/\uFEFF/g)).toHaveLength(1);
    const [first, ...rest] = csv.slice(1).split('\r\n');
    expect(first).toContain('v2026.11.29');
    const parsed = Papa.parse<string[]>(rest.join('\r\n')).data;
    expect(parsed).toEqual([header, ['East, coastal', '12.5', 'src_a'], ["'=West", '', '"quoted"']]);
    // A reader told to skip comment lines gets the same table.
    expect(Papa.parse<string[]>(csv.slice(1), { comments: '#' }).data).toEqual(parsed);
  });
});
