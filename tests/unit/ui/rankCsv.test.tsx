import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ranking } from '../../../src/data/model';
import { useRankCsv, type RankCsvZone } from '../../../src/ui/rankings/rankCsv';
import { renderWithProviders } from './render';

const row = {
  assessment_year: 2021,
  data_year: 2020,
  ranking: 'comprehensive',
  rank: 5,
  rank_region: 'central',
  region_rank: 2,
  zone_name_zh: '合肥经济技术开发区',
  source: 'mofcom-2021',
} as Ranking;

function Csv({ zone }: { zone?: RankCsvZone }) {
  const table = useRankCsv()([row], zone);
  return <output>{JSON.stringify(table)}</output>;
}

const read = () =>
  JSON.parse(screen.getByRole('status').textContent!) as { header: string[]; rows: unknown[][] };

describe('useRankCsv: one set of rank columns for the Rankings lists and the zone pages', () => {
  it('on a zone page: the figures as stated, the name as published, the source', async () => {
    await renderWithProviders(<Csv />, 'en');
    const { header, rows } = read();
    expect(header).toHaveLength(7);
    expect(header.at(-1)).toBe('Source');
    expect(rows).toEqual([
      [2021, 2020, expect.any(String), 5, 'Central 2', '合肥经济技术开发区', 'mofcom-2021'],
    ]);
  });

  it('in a Rankings list, in zh: the zone and its province join, every header translated', async () => {
    await renderWithProviders(<Csv zone={{ name: () => '合肥经开区', province: () => 'anhui' }} />, 'zh');
    const { header, rows } = read();
    expect(header).toHaveLength(9);
    for (const h of header) expect(h).toMatch(/\p{Script=Han}/u);
    expect(rows[0]).toEqual([
      2021,
      2020,
      expect.any(String),
      5,
      '中部 2',
      '合肥经开区',
      '合肥经济技术开发区',
      '安徽',
      'mofcom-2021',
    ]);
  });
});
