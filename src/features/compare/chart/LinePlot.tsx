import { useCallback, useMemo, useState } from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineChartModel, LineMark } from '../../../data/selectors/compare/charts';
import { crowdedRows } from '../../../ui/chart/crowding';
import { EndLabels, endLabelsWidth } from '../../../ui/chart/EndLabels';
import { dashArray, SERIES_MARKS } from '../../../ui/chart/series';
import { StillCurve } from '../../../ui/chart/StillCurve';
import { textWidth } from '../../../ui/chart/text';
import { ValueGrid } from '../../../ui/chart/ValueGrid';
import { yearTicks } from '../../../ui/chart/ticks';
import { tickText, valueAxisProps } from '../../../ui/chart/axisProps';
import type { PlotProps } from './chartText';
import { chartProps, dot, plotMargin, FALLBACK_COLOR } from './plotMarks';

/** Lines with fewer figures are drawn last, on top, so a sparse line is never buried under a dense one. */
function drawOrder(lines: readonly LineMark[]): LineMark[] {
  // Counted once per line, not once per comparison of the sort.
  const points = new Map(lines.map((m) => [m, m.line.years.reduce((n, y) => n + y.statements.length, 0)]));
  return [...lines].sort((a, b) => (points.get(b) ?? 0) - (points.get(a) ?? 0));
}

/** Lines over the years. Lines break at gaps; figures that disagree for a year are all drawn, none joined. */
export function LinePlot({ chart, look, box, tooltip, onSelect }: PlotProps<LineChartModel>) {
  const { sizes, width } = box;
  const yWidth = valueAxisProps(look.axis, look.tick, sizes).width;
  const labels = look.endLabels ?? [];
  // Room at the right for the end labels, widened (never narrowed) when a label needs the margin.
  const [wider, setWider] = useState(0);
  const room = Math.max(
    endLabelsWidth(
      labels.filter((l) => l.atEnd),
      sizes,
    ),
    wider,
  );
  const margin = plotMargin(sizes);
  margin.right += room;
  const pad = Math.ceil(sizes.marker * 2 + 6);
  const plotWidth = Math.max(40, width - yWidth - margin.left - margin.right - 2 * pad);
  const years = chart.rows.map((r) => Number(r.year));
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const ticks = yearTicks(
    first,
    last,
    plotWidth / (textWidth(look.xTick(last), sizes.font) + sizes.font * 3),
  );
  const span = look.axis.domain[1] - look.axis.domain[0];
  const crowded = useMemo(
    () =>
      crowdedRows(
        chart.rows,
        chart.lines.flatMap((l) => [l.dataKey, ...l.disputedKeys]),
        span / 40,
      ),
    [chart, span],
  );
  const offset = useCallback((row: number, key: string) => crowded.get(row)?.get(key) ?? 0, [crowded]);
  const strokeWidth = sizes.stroke;
  // Recharts redraws a <Line> whose props changed and measures its path each time (getTotalLength, the
  // top of the language switch's profile): the marks' renderers keep their identity until what they
  // draw changes, so a language switch or a tooltip does not redraw every line.
  const marks = useMemo(
    () =>
      drawOrder(chart.lines).map(({ line, dataKey, disputedKeys }) => {
        const color = look.colors[dataKey] ?? FALLBACK_COLOR;
        const { shape } = SERIES_MARKS[line.series];
        const render = (key: string) => ({ key, dot: dot(shape, color, key, sizes, offset) });
        return {
          ...render(dataKey),
          color,
          dash: dashArray(line.series, strokeWidth),
          disputed: disputedKeys.map(render),
        };
      }),
    [chart, look.colors, sizes, offset, strokeWidth],
  );
  // The same elements while the marks are the same: a language switch re-words the axes and the
  // tooltip, and React then skips every line instead of handing Recharts each one again.
  const lines = useMemo(
    () =>
      marks.flatMap(({ key, dot: mark, color, dash, disputed }) => [
        <Line
          key={key}
          className="chart-line"
          type="linear"
          dataKey={key}
          stroke={color}
          strokeWidth={strokeWidth}
          strokeDasharray={dash}
          shape={StillCurve}
          connectNulls={false}
          dot={mark}
          activeDot={mark}
          legendType="none"
          isAnimationActive={false}
        />,
        ...disputed.map((d) => (
          <Line
            key={d.key}
            dataKey={d.key}
            stroke="none"
            shape={StillCurve}
            connectNulls={false}
            dot={d.dot}
            activeDot={d.dot}
            legendType="none"
            isAnimationActive={false}
          />
        )),
      ]),
    [marks, strokeWidth],
  );
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
      <LineChart data={chart.rows} {...chartProps({ look, onSelect, box })} margin={margin}>
        <ValueGrid />
        <XAxis
          dataKey="year"
          ticks={ticks}
          interval={0}
          tickFormatter={(y: number) => look.xTick(y)}
          padding={{ left: pad, right: pad }}
          tick={tickText(sizes)}
          tickSize={4}
        />
        <YAxis {...valueAxisProps(look.axis, look.tick, sizes)} />
        <Tooltip content={({ active, label }) => (active ? tooltip(label) : null)} />
        {lines}
        {labels.length > 0 && <EndLabels labels={labels} sizes={sizes} room={room} onRoom={setWider} />}
      </LineChart>
    </ResponsiveContainer>
  );
}
