import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartModel } from '../../../data/selectors/compare/charts';
import type { Region } from '../../../data/schema/enums';
import { wrapText } from '../../../ui/chart/text';
import { ValueGrid } from '../../../ui/chart/ValueGrid';
import { valueAxisProps } from '../../../ui/chart/axisProps';
import type { PlotProps } from './chartText';
import { BarValue, barLabel, barShape, chartProps, plotMargin, FALLBACK_COLOR } from './plotMarks';

const BAR_GAP = 4;
const LINE_HEIGHT = 1.25;

/** Bars by region for one year, each over its region's name; disagreeing figures stand side by side, none picked. */
export function BarPlot({ chart, look, box, tooltip, onSelect }: PlotProps<BarChartModel>) {
  const { sizes, width } = box;
  const yWidth = valueAxisProps(look.axis, look.tick, sizes).width;
  const margin = plotMargin(sizes);
  const band = Math.max(24, (width - yWidth - margin.left - margin.right) / Math.max(1, chart.rows.length));
  // Region names wrap to the width of their band, so neighbouring names never run into each other.
  const lines = (region: Region) => wrapText(look.xTick(region), band - 6, sizes.font);
  const rows = Math.max(1, ...chart.rows.map((r) => lines(r.region as Region).length));
  const Label = BarValue(sizes, BAR_GAP, margin.top);
  const stroke = Math.max(1, sizes.stroke * 0.75);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
      <BarChart
        data={chart.rows}
        barGap={BAR_GAP}
        barCategoryGap="16%"
        {...chartProps({ look, onSelect, box })}
      >
        <ValueGrid />
        <XAxis
          dataKey="region"
          interval={0}
          height={rows * sizes.font * LINE_HEIGHT + 10}
          tickLine={false}
          tick={({
            x,
            y,
            payload,
          }: {
            x?: number | string;
            y?: number | string;
            payload?: { value?: unknown };
          }) => (
            <text x={x} y={Number(y) + 4} textAnchor="middle" fontSize={sizes.font} fill="var(--muted)">
              {lines(payload?.value as Region).map((line, i) => (
                <tspan key={i} x={x} dy={i === 0 ? '0.8em' : `${LINE_HEIGHT}em`}>
                  {line}
                </tspan>
              ))}
            </text>
          )}
        />
        <YAxis {...valueAxisProps(look.axis, look.tick, sizes)} />
        <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
        {chart.bars.flatMap((b) => {
          const color = look.colors[b.key] ?? FALLBACK_COLOR;
          const place = { keys: b.dataKeys, gap: BAR_GAP };
          return b.dataKeys.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              legendType="none"
              fill={color}
              isAnimationActive={false}
              shape={barShape(color, key, stroke, place, Label, barLabel(key, look.barValue))}
            />
          ));
        })}
      </BarChart>
    </ResponsiveContainer>
  );
}
