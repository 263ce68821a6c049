import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../../src/data/selectors/compare/charts';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { groupPanels } from '../../../src/data/selectors/compare/panels';
import CompareChart from '../../../src/features/compare/chart/CompareChart';
import type { ChartText } from '../../../src/features/compare/chart/chartText';
import { obs } from './fixtures';

/** Plain words, so what the chart draws can be read back exactly. */
const text = (names: Record<string, string>): ChartText => ({
  title: 'chart',
  desc: 'keys',
  names,
  x: (x) => `x:${x}`,
  y: (v) => `y:${v}`,
  barValue: (v, q) => `${q}${v}!`,
});

const panelOf = (...observations: ReturnType<typeof obs>[]) => {
  const years = observations.map((o) => o.year);
  const regions = [...new Set(observations.map((o) => o.region))];
  return groupPanels(buildLines(observations, ['gdp'], regions, Math.min(...years), Math.max(...years)))[0]!;
};

describe('CompareChart draws what it is given', () => {
  it('labels each bar through the given format, qualifier kept, and draws bounds hollow', () => {
    const panel = panelOf(
      obs({ year: 2022, value: 20, qualifier: '>', series: 'other' }),
      obs({ year: 2022, value: 23.9, series: 'other' }),
      obs({ year: 2022, value: 5, region: 'east', series: 'other' }),
    );
    const { container } = render(
      <CompareChart
        chart={barChart(panel, 2022)}
        text={text({ b0: 'GDP, other' })}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    const labels = [...container.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['23.9!', '5!', '>20!']);
    expect(container.querySelectorAll('rect[stroke-dasharray="5 3"]')).toHaveLength(1);
    expect(screen.getAllByText(/^x:/).map((t) => t.textContent)).toEqual(['x:national', 'x:east']);
    expect(screen.getByRole('listitem')).toHaveTextContent('GDP, other');
  });

  it('names each line from the given words and draws an approximate figure hollow', () => {
    const panel = panelOf(obs({ year: 2020, value: 10 }), obs({ year: 2021, value: 11, qualifier: '≈' }));
    const { container } = render(
      <CompareChart
        chart={lineChart(panel)}
        text={text({ s0: 'GDP, national' })}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('GDP, national');
    const dots = [...container.querySelectorAll('.recharts-line-dots circle')];
    expect(dots.map((d) => d.getAttribute('fill'))).toEqual(['var(--chart-1)', 'var(--surface)']);
    expect(screen.getAllByText(/^x:/).map((t) => t.textContent)).toEqual(['x:2020', 'x:2021']);
  });
});
