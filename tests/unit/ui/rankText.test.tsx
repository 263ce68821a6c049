import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ranking } from '../../../src/data/model';
import { useRankText, type RankStyle } from '../../../src/ui/rankings/useRankText';
import { renderWithProviders } from './render';

const ranked = (over: Partial<Ranking>) =>
  ({ rank: 12, rank_region: '', region_rank: null, ...over }) as Ranking;

function Rank({ row, style }: { row: Ranking; style: RankStyle }) {
  return <output>{useRankText(style)(row)}</output>;
}

describe('useRankText: one wording of a published rank for the Rankings table and the zone pages', () => {
  it.each([
    ['en', 'number', ranked({}), '12'],
    ['en', 'place', ranked({}), '#12'],
    ['en', 'number', ranked({ rank_region: 'central', region_rank: 3 }), '12 (Central: No. 3)'],
    ['zh', 'place', ranked({ rank_region: 'central', region_rank: 3 }), '第12名（中部第3名）'],
    ['zh', 'number', ranked({ rank: 1200 }), '1,200'],
  ] as const)('%s, %s', async (lng, style, row, text) => {
    await renderWithProviders(<Rank row={row} style={style} />, lng);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('keeps the rank alone when the source states a region but no regional rank', async () => {
    await renderWithProviders(
      <Rank row={ranked({ rank_region: 'east', region_rank: null })} style="place" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^#12$/);
  });
});
