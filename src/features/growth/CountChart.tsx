import { createContext, memo, use, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { decimalYear } from '../../data/dates';
import { countSeries, type CountStatement } from '../../data/selectors/growth/counts';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { valueAxisProps, yearAxisProps } from '../../ui/chart/axisProps';
import { familySlot, slotColor } from '../../ui/chart/colors';
import { Mark } from '../../ui/chart/Mark';
import { StillCurve } from '../../ui/chart/StillCurve';
import type { Shape } from '../../ui/chart/series';
import { useAxisWords } from '../../ui/chart/useAxisWords';
import { usePlotBox } from '../../ui/chart/usePlotBox';
import { CountLegend, type LegendEntry } from './CountLegend';
import { PlayheadBand } from './PlayheadBand';

/** The count keeps the zone-count colour it has in every chart; disputes and cumulative counts stand apart. */
const STEP = slotColor(familySlot('zone_count'));
const DISPUTED = slotColor(1);
const CUMULATIVE = slotColor(2);

interface Props {
  statements: readonly CountStatement[];
  milestones: readonly Milestone[];
  year: number;
  first: number;
  last: number;
  selected: Milestone | null;
}

/** Recharts re-registers a chart's margin when it gets a new object: one for good. */
const MARGIN = { top: 12, right: 16, bottom: 8, left: 8 };
const INITIAL_SIZE = { width: 640, height: 320 };

/**
 * The playhead's year, handed past the memoised plot: a tick re-renders only the band. Re-rendering the
 * chart made Recharts re-register its options, axes and series (their settings are new objects each
 * render), and its store then redrew every series synchronously in the next animation frame — the
 * 40–100 ms tasks of playback at 4× CPU.
 */
const PlayheadYear = createContext(0);

function Playhead() {
  return <PlayheadBand year={use(PlayheadYear)} />;
}

/**
 * Milestones as verticals. A Recharts <ReferenceLine> re-registers itself in the chart's state on every
 * render (an effect without dependencies), which makes the chart recompute: kept out of the playhead's
 * ticks, they render again only when the playhead passes a milestone.
 */
const MilestoneLines = memo(function MilestoneLines({ milestones }: { milestones: readonly Milestone[] }) {
  return milestones.map((m) => (
    <ReferenceLine
      key={m.id}
      x={decimalYear(m.date) ?? undefined}
      stroke={m.kind === 'policy' ? 'var(--chart-4)' : 'var(--muted)'}
      strokeOpacity={0.5}
      strokeDasharray={m.kind === 'policy' ? '6 3' : '2 4'}
    />
  ));
});

/**
 * The stated count as steps up to the playhead. The step joins every exactly dated, exact count of
 * zones existing and holds each until the next; where statements of one year disagree it zigzags
 * between them and they are triangles. Approximate dates (squares), bounds (hollow) and cumulative
 * counts (diamonds) are marks off the step. Dotted verticals mark batches, exits and new zones;
 * dashed ones policy documents.
 */
export default function CountChart({ statements, milestones, year, first, last, selected }: Props) {
  const { t } = useTranslation('growth');
  const words = useAxisWords();
  const ref = useRef<HTMLDivElement>(null);
  const { width, sizes } = usePlotBox(ref);
  // A tick moves the playhead; the series change only when it passes a year with statements, and the
  // legend, axis and mark renderers never: kept, so Recharts redraws only what moved.
  const shownUpTo = statements.reduce((m, s) => (s.year <= year && s.year > m ? s.year : m), -Infinity);
  const series = useMemo(() => countSeries(statements, shownUpTo), [statements, shownUpTo]);
  const legend: LegendEntry[] = useMemo(
    () => [
      { id: 'step', label: t('chart.step'), shape: 'line', color: STEP },
      { id: 'stock', label: t('chart.stock'), shape: 'circle', color: STEP },
      { id: 'disputed', label: t('chart.disputed'), shape: 'triangle', color: DISPUTED },
      { id: 'approx', label: t('chart.approx'), shape: 'square', color: STEP },
      { id: 'bound', label: t('chart.bound'), shape: 'hollow', color: STEP },
      { id: 'cumulative', label: t('chart.cumulative'), shape: 'diamond', color: CUMULATIVE },
    ],
    [t],
  );
  // The verticals change only when the playhead passes a milestone's year.
  const passed = milestones.reduce((p, m) => (m.year <= year && m.year > p ? m.year : p), -Infinity);
  const marks = useMemo(() => milestones.filter((m) => m.year <= passed), [milestones, passed]);
  // The axis holds every statement of every year, so it does not rescale while the timeline plays.
  const axis = useMemo(
    () =>
      words.axis(
        statements.flatMap((s) => (s.count === null ? [] : [s.count])),
        'count',
      ),
    [words, statements],
  );
  const yProps = useMemo(() => valueAxisProps(axis, (v) => words.tick(v, axis), sizes), [axis, words, sizes]);
  const xProps = useMemo(
    () => yearAxisProps(first, last, width - yProps.width - 28, words.yearTick, sizes),
    [first, last, width, yProps.width, words.yearTick, sizes],
  );
  const shapes = useMemo(() => {
    const mark = (shape: Shape, color: string, hollow = false) =>
      function CountMark({ cx, cy }: { cx?: number; cy?: number }) {
        if (cx === undefined || cy === undefined) return <g />;
        return <Mark cx={cx} cy={cy} shape={shape} color={color} hollow={hollow} size={sizes.marker} />;
      };
    return {
      agreed: mark('circle', STEP),
      disputed: mark('triangle', DISPUTED),
      approx: mark('square', STEP, true),
      bounds: mark('circle', STEP, true),
      cumulative: mark('diamond', CUMULATIVE),
    };
  }, [sizes.marker]);
  const selectedX = selected ? decimalYear(selected.date) : null;
  const selectedTo = selected ? decimalYear(selected.dateTo) : null;
  const names = useMemo(() => ({ x: t('chart.x'), y: t('chart.y') }), [t]);

  return (
    <>
      <p className="chart-axis-title">{t('chart.axis')}</p>
      <div className="chart-plot" ref={ref}>
        <PlayheadYear value={year}>
          <CountPlot
            series={series}
            marks={marks}
            shapes={shapes}
            xProps={xProps}
            yProps={yProps}
            first={first}
            last={last}
            selectedX={selectedX}
            selectedTo={selectedTo}
            stroke={sizes.stroke}
            names={names}
          />
        </PlayheadYear>
      </div>
      {/* Under the plot as HTML, so a key that wraps on a phone never takes the plot's height. */}
      <CountLegend entries={legend} />
    </>
  );
}

/**
 * The grid has no props that change: kept out of the plot's renders (a language switch re-renders the
 * plot for its axes' words; the grid, the step and the marks have no words, and Recharts' <Line> and
 * <Scatter> skip a render when their props are unchanged). The marks carry no `name`: Recharts writes
 * it as an attribute on every mark, and nothing reads it — the legend is HTML and there is no tooltip.
 */
const Grid = memo(function Grid() {
  return <CartesianGrid vertical={false} className="chart-grid" />;
});

interface PlotProps {
  series: ReturnType<typeof countSeries>;
  marks: readonly Milestone[];
  shapes: Record<
    'agreed' | 'disputed' | 'approx' | 'bounds' | 'cumulative',
    (p: { cx?: number; cy?: number }) => React.JSX.Element
  >;
  xProps: ReturnType<typeof yearAxisProps>;
  yProps: ReturnType<typeof valueAxisProps>;
  first: number;
  last: number;
  selectedX: number | null;
  selectedTo: number | null;
  stroke: number;
  names: Record<'x' | 'y', string>;
}

/**
 * The plot without the playhead: drawn again only when the series, the passed milestones, the
 * selection, the size or the language change — not at every tick.
 */
const CountPlot = memo(function CountPlot({
  series,
  marks,
  shapes,
  xProps,
  yProps,
  first,
  last,
  selectedX,
  selectedTo,
  stroke,
  names,
}: PlotProps) {
  const { line, agreed, disputed, approx, bounds, cumulative } = series;
  const domain = useMemo(() => [first - 0.5, last + 1], [first, last]);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={INITIAL_SIZE}>
      <ComposedChart margin={MARGIN}>
        <Grid />
        <XAxis dataKey="x" name={names.x} {...xProps} domain={domain} />
        <YAxis dataKey="y" name={names.y} {...yProps} />
        <Playhead />
        <MilestoneLines milestones={marks} />
        {selectedX !== null && selectedTo !== null && (
          <ReferenceArea
            x1={selectedX}
            x2={Math.max(selectedTo, selectedX + 0.15)}
            fill="var(--chart-4)"
            fillOpacity={0.2}
            stroke="var(--chart-4)"
          />
        )}
        <Line
          data={line}
          dataKey="y"
          type="stepAfter"
          shape={StillCurve}
          stroke={STEP}
          strokeWidth={stroke}
          dot={false}
          isAnimationActive={false}
          legendType="plainline"
        />
        <Scatter
          data={agreed}
          fill={STEP}
          shape={shapes.agreed}
          legendType="circle"
          isAnimationActive={false}
        />
        <Scatter
          data={disputed}
          fill={DISPUTED}
          shape={shapes.disputed}
          legendType="triangle"
          isAnimationActive={false}
        />
        <Scatter
          data={approx}
          fill="var(--surface)"
          stroke={STEP}
          shape={shapes.approx}
          legendType="none"
          isAnimationActive={false}
        />
        <Scatter
          data={bounds}
          fill="var(--surface)"
          stroke={STEP}
          shape={shapes.bounds}
          legendType="none"
          isAnimationActive={false}
        />
        <Scatter
          data={cumulative}
          fill={CUMULATIVE}
          shape={shapes.cumulative}
          legendType="diamond"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
