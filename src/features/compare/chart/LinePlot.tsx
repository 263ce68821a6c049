import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineChartModel } from '../../../data/selectors/compare/charts';
import type { PlotProps } from './chartText';
import { lineColor, lineShape, SERIES_DASH } from './marks';
import { chartProps, dot } from './plotMarks';

/** Lines over the years. Lines break at gaps; figures that disagree for a year are all drawn, none joined. */
export function LinePlot({ chart, text, tooltip, onSelect }: PlotProps<LineChartModel>) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
      <LineChart data={chart.rows} {...chartProps({ text, onSelect })}>
        <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
        <XAxis dataKey="year" tickFormatter={(y: number) => text.x(y)} />
        <YAxis tickFormatter={(v: number) => text.y(v)} width={96} />
        <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
        {chart.lines.flatMap(({ line, dataKey, disputedKeys }, i) => {
          const color = lineColor(i);
          const shape = lineShape(i);
          return [
            <Line
              key={dataKey}
              type="linear"
              dataKey={dataKey}
              name={text.names[dataKey]}
              stroke={color}
              strokeWidth={2}
              strokeDasharray={SERIES_DASH[line.series]}
              connectNulls={false}
              dot={dot(shape, color, dataKey)}
              activeDot={dot(shape, color, dataKey)}
              legendType="plainline"
              isAnimationActive={false}
            />,
            ...disputedKeys.map((key) => (
              <Line
                key={key}
                dataKey={key}
                name={text.names[dataKey]}
                stroke="none"
                connectNulls={false}
                dot={dot(shape, color, key)}
                activeDot={dot(shape, color, key)}
                legendType="none"
                isAnimationActive={false}
              />
            )),
          ];
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
