import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarChartModel } from '../../../data/selectors/compare/charts';
import type { Region } from '../../../data/schema/enums';
import type { PlotProps } from './chartText';
import { lineColor } from './marks';
import { barLabel, barShape, chartProps } from './plotMarks';

/** Bars by region for one year; disagreeing figures of one series stand side by side, none picked. */
export function BarPlot({ chart, text, tooltip, onSelect }: PlotProps<BarChartModel>) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
      <BarChart data={chart.rows} {...chartProps({ text, onSelect })}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="region" tickFormatter={(r: Region) => text.x(r)} />
        <YAxis tickFormatter={(v: number) => text.y(v)} width={96} />
        <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
        {chart.bars.flatMap((b, i) =>
          b.dataKeys.map((key, j) => (
            <Bar
              key={key}
              dataKey={key}
              name={text.names[b.key]}
              legendType={j === 0 ? 'square' : 'none'}
              fill={lineColor(i)}
              stroke={lineColor(i)}
              strokeWidth={2}
              isAnimationActive={false}
              shape={barShape(lineColor(i), key)}
            >
              <LabelList dataKey={barLabel(key, text.barValue)} position="top" />
            </Bar>
          )),
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
