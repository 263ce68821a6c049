import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { barChart, lineChart } from '../../../src/data/selectors/compare/charts';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { groupPanels } from '../../../src/data/selectors/compare/panels';
import CompareChart from '../../../src/features/compare/chart/CompareChart';
import type { ChartLook } from '../../../src/features/compare/chart/chartText';
import { valueAxis } from '../../../src/ui/chart/axis';
import { ChartKey } from '../../../src/ui/chart/ChartKey';
import { obs } from './fixtures';

/** Plain words and fixed colours, so what the chart draws can be read back exactly. */
const look = (colors: Record<string, string>, values: number[]): ChartLook => ({
  title: 'chart',
  desc: 'keys',
  axis: valueAxis(values, 'CNY billion', { system: 'short', headroom: 0.12 }),
  tick: (v) => `y:${v}`,
  xTick: (x) => `x:${x}`,
  colors,
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
        look={look({ b0: '#123456' }, [5, 20, 23.9])}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    const labels = [...container.querySelectorAll('.chart-bar-value')].map((t) => t.textContent);
    expect(labels.sort()).toEqual(['23.9!', '5!', '>20!']);
    expect(container.querySelectorAll('rect[stroke-dasharray]')).toHaveLength(1);
    expect(screen.getAllByText(/^x:/).map((t) => t.textContent)).toEqual(['x:national', 'x:east']);
  });

  it('leaves out a bar label that would not fit its bar, never squeezing it over a neighbour', () => {
    const panel = panelOf(obs({ year: 2022, value: 20, series: 'other' }));
    const { container } = render(
      <CompareChart
        chart={barChart(panel, 2022)}
        look={{
          ...look({ b0: '#123456' }, [20]),
          barValue: () => 'a label far too long for any bar at all'.repeat(4),
        }}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    expect(container.querySelectorAll('.chart-bar-value')).toHaveLength(0);
  });

  it('colours a line as told, draws an approximate figure hollow, and ticks the axis with the given words', () => {
    const panel = panelOf(obs({ year: 2020, value: 10 }), obs({ year: 2021, value: 11, qualifier: '≈' }));
    const { container } = render(
      <CompareChart
        chart={lineChart(panel)}
        look={look({ [panel.lines[0]!.key]: '#abcdef' }, [10, 11])}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    // Each mark is a halo and the mark itself; the mark is the second shape.
    const marks = [...container.querySelectorAll('.chart-mark')].map((g) =>
      g.children[1]?.getAttribute('fill'),
    );
    expect(marks).toEqual(['#abcdef', 'var(--surface)']);
    expect(screen.getAllByText(/^x:/).map((t) => t.textContent)).toEqual(['x:2020', 'x:2021']);
    expect(screen.getAllByText(/^y:/).length).toBeGreaterThan(2);
  });
});

// Recharts measured every line's path on every render (getTotalLength, a forced layout): the top of the
// language switch's CPU profile. The lines never animate, so nothing needs the measure.
describe('CompareChart lines are drawn without being measured', () => {
  const measure = vi.fn(() => 100);
  afterEach(() => {
    delete (SVGElement.prototype as { getTotalLength?: unknown }).getTotalLength;
  });

  it('draws each line as a path and never reads its length, however often it re-renders', () => {
    // jsdom has no SVG geometry: give paths the method Recharts looks for, and count the calls.
    Object.assign(SVGElement.prototype, { getTotalLength: measure });
    const panel = panelOf(
      obs({ year: 2019, value: 9 }),
      obs({ year: 2020, value: 10 }),
      obs({ year: 2021, value: 11 }),
    );
    const chart = lineChart(panel);
    const draw = (words: string) => (
      <CompareChart
        chart={chart}
        look={{
          ...look({ [panel.lines[0]!.key]: '#abcdef' }, [9, 10, 11]),
          title: words,
          xTick: (x) => `${words}:${x}`,
        }}
        tooltip={() => null}
        onSelect={() => {}}
      />
    );
    const { container, rerender } = render(draw('en'));
    rerender(draw('zh'));
    rerender(draw('en'));
    const curve = container.querySelector('path.recharts-curve');
    expect(curve?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(curve?.getAttribute('stroke')).toBe('#abcdef');
    expect(measure).not.toHaveBeenCalled();
  });
});

describe('ChartKey', () => {
  it('names each colour and each publication series once, in text, with decorative samples', () => {
    const { container } = render(
      <ChartKey
        kind="line"
        colors={[
          { key: 'gdp', label: '地区生产总值', color: '#111111' },
          { key: 'trade', label: '进出口总额', color: '#222222' },
        ]}
        series={[
          { series: 'statistics', label: '统计公报' },
          { series: 'assessment', label: '综合发展水平考核评价' },
        ]}
        note="空心标记：约数"
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '地区生产总值',
      '进出口总额',
      '统计公报',
      '综合发展水平考核评价',
    ]);
    container.querySelectorAll('svg').forEach((svg) => expect(svg).toHaveAttribute('aria-hidden', 'true'));
    expect(container.querySelector('[aria-label]')).toBeNull();
    expect(screen.getByText('空心标记：约数')).toBeInTheDocument();
  });
});

// Recharts draws a line's path and dots inside the line's animation, mounted anew whenever its points
// move: adding a region removed and created again every path and mark on the chart, the unchanged lines'
// too. The paths and marks are drawn apart (LineCurves, LineMarks) and stay the same elements.
describe('CompareChart keeps an unchanged line as drawn', () => {
  it('leaves a line’s path and marks in place, the same elements, when another line comes and goes', () => {
    const figures = [
      obs({ year: 2019, value: 9 }),
      obs({ year: 2020, value: 10 }),
      obs({ year: 2021, value: 11, qualifier: '≈' }),
      obs({ year: 2019, value: 3, region: 'east' }),
      obs({ year: 2020, value: 4, region: 'east' }),
      obs({ year: 2021, value: 5, region: 'east' }),
    ];
    const chartOf = (regions: ('national' | 'east')[]) =>
      lineChart(groupPanels(buildLines(figures, ['gdp'], regions, 2019, 2021))[0]!);
    const [one, two] = [chartOf(['national']), chartOf(['national', 'east'])];
    const colors = Object.fromEntries(two.lines.map((l, i) => [l.dataKey, i === 0 ? '#abcdef' : '#fedcba']));
    const draw = (chart: typeof one) => (
      <CompareChart chart={chart} look={look(colors, [0, 11])} tooltip={() => null} onSelect={() => {}} />
    );
    const { container, rerender } = render(draw(one));
    const curve = () => container.querySelector('path.recharts-curve[stroke="#abcdef"]');
    const marks = () => [...container.querySelectorAll('.chart-mark')];
    const [before, beforeMarks] = [curve(), marks()];
    expect(before).not.toBeNull();
    expect(beforeMarks).toHaveLength(3);

    rerender(draw(two));
    expect(container.querySelectorAll('path.recharts-curve')).toHaveLength(2);
    expect(marks()).toHaveLength(6);
    expect(curve()).toBe(before);
    expect(curve()?.getAttribute('d')).toBe(before?.getAttribute('d'));
    for (const mark of beforeMarks) expect(marks()).toContain(mark);

    rerender(draw(one));
    expect(curve()).toBe(before);
    expect(curve()?.getAttribute('d')).toBe(before?.getAttribute('d'));
    expect(marks()).toHaveLength(3);
    for (const mark of marks()) expect(beforeMarks).toContain(mark);
  });
});
