import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineChartModel, LineMark } from '../../../data/selectors/compare/charts';
import { qualifierKey, type ChartRow } from '../../../data/selectors/compare/panels';
import { crowdedRows } from '../../../ui/chart/crowding';
import { EndLabels, endLabelsWidth } from '../../../ui/chart/EndLabels';
import { dashArray, SERIES_MARKS } from '../../../ui/chart/series';
import { textWidth } from '../../../ui/chart/text';
import { ValueGrid } from '../../../ui/chart/ValueGrid';
import { yearTicks } from '../../../ui/chart/ticks';
import { useSecondStep } from '../../../ui/chart/ChartSuspense';
import { tickText, valueAxisProps } from '../../../ui/chart/axisProps';
import type { PlotProps } from './chartText';
import { LineCurves, type CurvedKey } from './LineCurves';
import { LineMarks, type MarkedKey } from './LineMarks';
import { plotMargin, FALLBACK_COLOR } from './plotMarks';

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
 * whose props all stay the same is skipped by React and Recharts; one handed new rows registers itself
 * with the chart's store again, and each registration re-runs every selector of the chart.
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

/** What the chart draws inside its surface: axes, grid, tooltip, lines and marks. */
const Layers = createContext<ReactNode>(null);
function PlotLayers() {
  return useContext(Layers);
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
  const keptRows = useKept<ChartRow[]>();
  // The years alone, as one hidden line: Recharts' only series. Its years make the x axis's categories
  // (includeHidden), before any line is there, so the frame (grid, axes) is drawn in one task and the
  // lines in the next (useSecondStep); its points make the tooltip's. The lines' paths and marks are drawn
  // apart from the axes' scales (LineCurves, LineMarks), so they register nothing with Recharts' store.
  // Not the chart's data, which would render the chart's shell again (below).
  const yearRows = keptRows('(years)', years.join(), () => chart.rows.map((r) => ({ year: r.year ?? null })));
  const yearsLine = useMemo(
    () => <Line hide data={yearRows} dataKey="year" dot={false} activeDot={false} legendType="none" />,
    [yearRows],
  );
  // The chart's frame, then its grid and axes, then the lines, each in a task of its own: Recharts
  // re-renders a chart synchronously for each round of registrations (options, layers, axes, rendered
  // ticks), and the frame with its axes was one task of 60–90 ms at 1× CPU (Lighthouse's trace).
  const axes = useSecondStep();
  const second = useSecondStep(axes);
  const strokeWidth = sizes.stroke;
  // Each line's rows keep their identity until its figures change, so a language switch, a tooltip or
  // another line coming or going hands an unchanged line's path and marks the same rows.
  const drawn = useMemo(
    () =>
      drawOrder(chart.lines).map(({ line, dataKey, disputedKeys }) => {
        const fields = [dataKey, ...disputedKeys].flatMap((k) => [k, qualifierKey(k)]);
        const rows = ownRows(chart.rows, fields);
        return {
          line,
          dataKey,
          disputedKeys,
          rows: keptRows(dataKey, JSON.stringify(rows), () => rows),
        };
      }),
    [chart, keptRows],
  );
  const marks = useMemo(
    () =>
      drawn.flatMap(({ line, dataKey, disputedKeys, rows }) =>
        [dataKey, ...disputedKeys].map((key): MarkedKey => ({
          key,
          shape: SERIES_MARKS[line.series].shape,
          color: look.colors[dataKey] ?? FALLBACK_COLOR,
          rows,
          offsets: offsets.get(key) ?? NO_OFFSETS,
        })),
      ),
    [drawn, look.colors, offsets],
  );
  const curves = useMemo(
    () =>
      drawn.map(({ line, dataKey, rows }): CurvedKey => ({
        key: dataKey,
        color: look.colors[dataKey] ?? FALLBACK_COLOR,
        dash: dashArray(line.series, strokeWidth),
        rows,
      })),
    [drawn, look.colors, strokeWidth],
  );
  const { top, right, bottom, left } = margin;
  const { title, desc } = look;
  // The svg's title names the regions, so a region toggle changes it; handed to the chart, it would
  // render the chart again (below). The chart is made with its first title, and the title element
  // follows the panel's title here, before the frame is painted.
  const [firstTitle] = useState(title);
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = container.current?.querySelector('svg.recharts-surface > title');
    if (element && element.textContent !== title) element.textContent = title;
  }, [title]);
  const select = useCallback(
    (s: { activeLabel?: unknown }) => {
      if (s.activeLabel !== undefined) onSelect(s.activeLabel);
    },
    [onSelect],
  );
  // The chart itself keeps its element while its own props stay: every new <LineChart> element made
  // Recharts report the chart's options to its store again (an effect per render), re-running each
  // selector of the chart, a tenth of a region toggle. What changes is drawn by the layers, which read
  // it from context below the chart.
  const shell = useMemo(
    () => (
      <ResponsiveContainer
        ref={container}
        width="100%"
        height="100%"
        initialDimension={{ width: 640, height: 320 }}
      >
        <LineChart margin={{ top, right, bottom, left }} title={firstTitle} desc={desc} onClick={select}>
          <PlotLayers />
        </LineChart>
      </ResponsiveContainer>
    ),
    [top, right, bottom, left, firstTitle, desc, select],
  );
  return (
    <Layers
      value={
        axes && (
          <>
            <ValueGrid />
            <XAxis
              dataKey="year"
              // Each line brings its own rows, all of the same years: one category per year, not per row.
              allowDuplicatedCategory={false}
              includeHidden
              ticks={ticks}
              interval={0}
              tickFormatter={(y: number) => look.xTick(y)}
              padding={{ left: pad, right: pad }}
              tick={tickText(sizes)}
              tickSize={4}
            />
            <YAxis {...valueAxisProps(look.axis, look.tick, sizes)} />
            {/* The years' line is hidden: its points make the tooltip's. */}
            <Tooltip includeHidden content={({ active, label }) => (active ? tooltip(label) : null)} />
            {yearsLine}
            {second && <LineCurves curves={curves} strokeWidth={strokeWidth} />}
            {second && <LineMarks marks={marks} sizes={sizes} />}
            {labels.length > 0 && <EndLabels labels={labels} sizes={sizes} room={room} onRoom={setWider} />}
          </>
        )
      }
    >
      {shell}
    </Layers>
  );
}
