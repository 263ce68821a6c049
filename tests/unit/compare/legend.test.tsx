import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { LegendList } from '../../../src/features/compare/chart/LegendList';
import { renderWithProviders } from '../ui/render';

describe('LegendList', () => {
  it('names each series in text and hides the decorative samples from assistive tech', async () => {
    const { container } = await renderWithProviders(
      <LegendList
        entries={[
          { key: 's0', label: '地区生产总值 · 全国 · 统计公报', color: 'var(--chart-1)', shape: 'circle' },
          {
            key: 's1',
            label: '地区生产总值 · 全国 · 综合考评',
            color: 'var(--chart-2)',
            shape: 'square',
            dash: '7 3',
          },
          { key: 'b0', label: '柱', color: 'var(--chart-3)', shape: 'bar' },
        ]}
      />,
      'zh',
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '地区生产总值 · 全国 · 统计公报',
      '地区生产总值 · 全国 · 综合考评',
      '柱',
    ]);
    const samples = container.querySelectorAll('svg');
    expect(samples).toHaveLength(3);
    samples.forEach((svg) => expect(svg).toHaveAttribute('aria-hidden', 'true'));
    expect(container.querySelector('[aria-label]')).toBeNull();
  });
});
