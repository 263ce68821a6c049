import { render } from '@testing-library/react';
import { forwardRef, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lineChart } from '../../../src/data/selectors/compare/charts';
import { buildLines } from '../../../src/data/selectors/compare/lines';
import { groupPanels } from '../../../src/data/selectors/compare/panels';
import CompareChart from '../../../src/features/compare/chart/CompareChart';
import type { ChartLook } from '../../../src/features/compare/chart/chartText';
import { valueAxis } from '../../../src/ui/chart/axis';
import { obs } from './fixtures';

/** Every render of Recharts' LineChart: each one reports the chart's options to its store again. */
const shellRenders = vi.fn();
vi.mock('recharts', async (importOriginal) => {
  const real = await importOriginal<typeof import('recharts')>();
  const LineChart = forwardRef<SVGSVGElement, ComponentProps<typeof real.LineChart>>((props, ref) => {
    shellRenders();
    return <real.LineChart {...props} ref={ref} />;
  });
  return { ...real, LineChart };
});

const figures = [
  obs({ year: 2019, value: 9 }),
  obs({ year: 2020, value: 10 }),
  obs({ year: 2021, value: 11 }),
  obs({ year: 2019, value: 3, region: 'east' }),
  obs({ year: 2020, value: 4, region: 'east' }),
  obs({ year: 2021, value: 5, region: 'east' }),
];
const chartOf = (regions: ('national' | 'east')[]) =>
  lineChart(groupPanels(buildLines(figures, ['gdp'], regions, 2019, 2021))[0]!);

const lookOf = (chart: ReturnType<typeof chartOf>, title: string): ChartLook => ({
  title,
  desc: 'keys',
  axis: valueAxis([3, 11], 'CNY billion', { system: 'short', headroom: 0 }),
  tick: (v) => `y:${v}`,
  xTick: (x) => `x:${x}`,
  colors: Object.fromEntries(chart.lines.map((l, i) => [l.dataKey, i === 0 ? '#abcdef' : '#fedcba'])),
  barValue: (v) => String(v),
});

// A region toggle hands every panel new lines. The chart element itself (margin, title, description, click)
// stays, and Recharts' LineChart is not rendered again: only the layers inside it are.
describe('CompareChart keeps its Recharts chart while only the lines change', () => {
  it('draws a region coming and going without rendering the LineChart again', () => {
    const [one, two] = [chartOf(['national']), chartOf(['national', 'east'])];
    const onSelect = () => {};
    const draw = (chart: typeof one, title = 'GDP') => (
      <CompareChart chart={chart} look={lookOf(two, title)} tooltip={() => null} onSelect={onSelect} />
    );
    const { container, rerender } = render(draw(one));
    const svgTitle = () => container.querySelector('svg.recharts-surface > title')?.textContent;
    expect(container.querySelectorAll('path.recharts-curve')).toHaveLength(1);
    shellRenders.mockClear();

    rerender(draw(two));
    expect(container.querySelectorAll('path.recharts-curve')).toHaveLength(2);
    rerender(draw(one));
    expect(container.querySelectorAll('path.recharts-curve')).toHaveLength(1);
    expect(shellRenders).not.toHaveBeenCalled();

    // The chart's accessible name follows its title (which names the regions), still without a new chart.
    expect(svgTitle()).toBe('GDP');
    rerender(draw(two, 'GDP, two regions'));
    expect(svgTitle()).toBe('GDP, two regions');
    rerender(draw(one, 'GDP'));
    expect(svgTitle()).toBe('GDP');
    expect(shellRenders).not.toHaveBeenCalled();
  });
});
