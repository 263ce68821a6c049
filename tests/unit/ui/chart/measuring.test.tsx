import { render } from '@testing-library/react';
import { ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { beforeEach, describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../../../src/data/selectors/compare/charts';
import { buildLines } from '../../../../src/data/selectors/compare/lines';
import { groupPanels } from '../../../../src/data/selectors/compare/panels';
import CompareChart from '../../../../src/features/compare/chart/CompareChart';
import type { ChartLook } from '../../../../src/features/compare/chart/chartText';
import { valueAxis } from '../../../../src/ui/chart/axis';
import { valueAxisProps, yearAxisProps } from '../../../../src/ui/chart/axisProps';
import { atValueTicks, ValueGrid } from '../../../../src/ui/chart/ValueGrid';
import { obs } from '../../compare/fixtures';

/**
 * Recharts measures a label in this hidden element of the page (a forced layout each) when it thins out
 * ticks or wraps a text given a width. Our axes choose their ticks and never wrap, so drawing a chart
 * must measure nothing: the measures were a sixth of the first chart's mount on a phone (Lighthouse).
 */
const SPAN = 'recharts_measurement_span';
const measured = () => document.getElementById(SPAN)?.textContent ?? null;

const look = (values: number[]): ChartLook => ({
  title: 'chart',
  desc: 'keys',
  axis: valueAxis(values, 'CNY billion', { system: 'short', headroom: 0.12 }),
  tick: (v) => `y:${v}`,
  xTick: (x) => `x:${x}`,
  colors: { s0: '#abcdef', b0: '#123456' },
  barValue: (v, q) => `${q}${v}!`,
});

const panel = () => {
  const observations = [2015, 2016, 2017, 2018, 2019, 2020].flatMap((year) => [
    obs({ year, value: year - 2000 }),
    obs({ year, value: year - 2005, region: 'east' }),
  ]);
  return groupPanels(buildLines(observations, ['gdp'], ['national', 'east'], 2015, 2020))[0]!;
};

const sizes = { font: 12, stroke: 2, marker: 4 } as Parameters<typeof valueAxisProps>[2];

describe('drawing a chart measures no text in the page', () => {
  beforeEach(() => document.getElementById(SPAN)?.remove());

  it("Compare's line chart", () => {
    const { container } = render(
      <CompareChart
        chart={lineChart(panel())}
        look={look([5, 20])}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    expect(container.querySelectorAll('.recharts-cartesian-axis-tick-value').length).toBeGreaterThan(3);
    expect(measured()).toBeNull();
  });

  it("Compare's bar chart", () => {
    const { container } = render(
      <CompareChart
        chart={barChart(panel(), 2020)}
        look={look([15, 20])}
        tooltip={() => null}
        onSelect={() => {}}
      />,
    );
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(2);
    expect(measured()).toBeNull();
  });

  it('a year axis and a value axis over the value grid (Zone growth, Overview)', () => {
    const axis = valueAxis([0, 230], 'count', { system: 'short' });
    const { container } = render(
      <ResponsiveContainer width={640} height={320} initialDimension={{ width: 640, height: 320 }}>
        <ComposedChart>
          <ValueGrid />
          <XAxis dataKey="x" {...yearAxisProps(1984, 2024, 560, String, sizes)} />
          <YAxis dataKey="y" {...valueAxisProps(axis, String, sizes)} />
          <Line data={[1984, 2000, 2024].map((x, i) => ({ x, y: i * 100 }))} dataKey="y" />
        </ComposedChart>
      </ResponsiveContainer>,
    );
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')];
    expect(ticks.map((t) => t.textContent)).toContain('2000');
    expect(measured()).toBeNull();
  });
});

describe('the value grid', () => {
  const scale = { map: (v: unknown) => 300 - Number(v) } as never;
  const offset = { top: 10, height: 290, left: 0, width: 100, right: 0, bottom: 0, brushBottom: 0 } as never;

  it('draws a line at each value tick and at the plot edges, once each', () => {
    const lines = atValueTicks(
      { yAxis: { ticks: [0, 100, 290], scale } as never, width: 0, height: 0, offset },
      false,
    );
    expect(lines.sort((a, b) => a - b)).toEqual([10, 200, 300]);
  });

  it("draws nothing before the axis has its ticks (the chart's first render)", () => {
    expect(atValueTicks({ yAxis: { scale } as never, width: 0, height: 0, offset }, false)).toEqual([]);
  });
});
