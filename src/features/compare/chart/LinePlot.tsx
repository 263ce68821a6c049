import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineChartModel, LineMark } from '../../../data/selectors/compare/charts';
import { qualifierKey, type ChartRow } from '../../../data/selectors/compare/panels';
import { crowdedRows } from '../../../ui/chart/crowding';
import { EndLabels, endLabelsWidth } from '../../../ui/chart/EndLabels';
import { dashArray, SERIES_MARKS } from '../../../ui/chart/series';
import { StillCurve } from '../../../ui/chart/StillCurve';
import { textWidth } from '../../../ui/chart/text';
import { yearTicks } from '../../../ui/chart/ticks';
import { valueAxisProps } from '../../../ui/chart/axisProps';
import type { PlotProps } from './chartText';
import { chartProps, dot, plotMargin, FALLBACK_COLOR } from './plotMarks';

/** Lines with fewer figures are drawn last, on top, so a sparse line is never buried under a dense one. */
function drawOrder(lines: readonly LineMark[]): LineMark[] {
  // Counted once per line, not once per comparison of the sort.
  const points = new Map(lines.map((m) => [m, m.line.years.reduce((n, y) => n + y.statements.length, 0)]));
  return [...lines].sort((a, b) => (points.get(b) ?? 0) - (points.get(a) ?? 0));
}

const NO_OFFSETS: ReadonlyMap<number, number> = new Map();

/** The crowded rows (by row, then key) turned around: each key's sideways offsets by row. */
function offsetsByKey(crowded: ReadonlyMap<number, ReadonlyMap<string, number>>) {
  const out = new Map<string, Map<number, number>>();
  for (const [row, byKey] of crowded)
    for (const [key, offset] of byKey) {
      const rows = out.get(key) ?? new Map<number, number>();
      rows.set(row, offset);
      out.set(key, rows);
    }
  return out;
}

/**
 * Values kept by key while what they are made from (`what`, a fingerprint) stays the same. A <Line>
 * whose props all stay the same is skipped by React and Recharts; one handed a new mark renderer or new
 * rows registers itself with the chart's store again, and each registration re-runs every selector of
 * the chart (adding a region re-registered every line).
 */
function useKept<T>() {
  const [kept] = useState(() => new Map<string, { what: string; value: T }>());
  return useCallback(
    (key: string, what: string, make: () => T): T => {
      const found = kept.get(key);
      if (found?.what === what) return found.value;
      const value = make();
      kept.set(key, { what, value });
      return value;
    },
    [kept],
  );
}

/** A line's own rows: the year and the line's fields (its marks' too), as the chart's rows hold them. */
function ownRows(rows: readonly ChartRow[], fields: readonly string[]): ChartRow[] {
  return rows.map((row) => {
    const own: ChartRow = { year: row.year ?? null };
    for (const f of fields) if (f in row) own[f] = row[f] ?? null;
    return own;
  });
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
  const offsets = useMemo(
    () =>
      offsetsByKey(
        crowdedRows(
          chart.rows,
          chart.lines.flatMap((l) => [l.dataKey, ...l.disputedKeys]),
          span / 40,
        ),
      ),
    [chart, span],
  );
  const keptDot = useKept<ReturnType<typeof dot>>();
  const keptRows = useKept<ChartRow[]>();
  const strokeWidth = sizes.stroke;
  // Recharts redraws a <Line> whose props changed and measures its path each time (getTotalLength, the
  // top of the language switch's profile): the marks' renderers and each line's rows keep their identity
  // until what they draw changes, so a language switch, a tooltip or another line coming or going does
  // not redraw a line. Rows are per line, not the chart's: new chart rows re-ran every selector twice.
  const marks = useMemo(
    () =>
      drawOrder(chart.lines).map(({ line, dataKey, disputedKeys }) => {
        const color = look.colors[dataKey] ?? FALLBACK_COLOR;
        const { shape } = SERIES_MARKS[line.series];
        const render = (key: string) => {
          const own = offsets.get(key) ?? NO_OFFSETS;
          const what = JSON.stringify([shape, color, sizes.marker, sizes.stroke, [...own]]);
          return { key, dot: keptDot(key, what, () => dot(shape, color, key, sizes, own)) };
        };
        const fields = [dataKey, ...disputedKeys].flatMap((k) => [k, qualifierKey(k)]);
        const rows = ownRows(chart.rows, fields);
        return {
          ...render(dataKey),
          data: keptRows(dataKey, JSON.stringify(rows), () => rows),
          color,
          dash: dashArray(line.series, strokeWidth),
          disputed: disputedKeys.map(render),
        };
      }),
    [chart, look.colors, sizes, offsets, strokeWidth, keptDot, keptRows],
  );
  // The same elements while the marks are the same: a language switch re-words the axes and the
  // tooltip, and React then skips every line instead of handing Recharts each one again.
  const lines = useMemo(
    () =>
      marks.flatMap(({ key, dot: mark, data, color, dash, disputed }) => [
        <Line
          key={key}
          className="chart-line"
          type="linear"
          data={data}
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
            data={data}
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
      <LineChart {...chartProps({ look, onSelect, box })} margin={margin}>
        <CartesianGrid vertical={false} className="chart-grid" />
        <XAxis
          dataKey="year"
          // Each line brings its own rows, all of the same years: one category per year, not per row.
          allowDuplicatedCategory={false}
          ticks={ticks}
          interval={0}
          tickFormatter={(y: number) => look.xTick(y)}
          padding={{ left: pad, right: pad }}
          tick={{ fontSize: sizes.font }}
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
