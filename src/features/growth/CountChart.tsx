import { createContext, memo, use, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ComposedChart,
  type LineDrawShapeProps,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { decimalYear } from '../../data/dates';
import { countSeries, type ChartPoint, type CountStatement } from '../../data/selectors/growth/counts';
import type { Milestone } from '../../data/selectors/growth/milestones';
import { valueAxisProps, yearAxisProps } from '../../ui/chart/axisProps';
import { familySlot, slotColor } from '../../ui/chart/colors';
import { Mark } from '../../ui/chart/Mark';
import { ValueGrid } from '../../ui/chart/ValueGrid';
import { useSecondStep } from '../../ui/chart/ChartSuspense';
import { StillCurve } from '../../ui/chart/StillCurve';
import type { Shape } from '../../ui/chart/series';
import { useAxisWords } from '../../ui/chart/useAxisWords';
import { DEFAULT_SIZES, useMeasuredPlotBox } from '../../ui/chart/usePlotBox';
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
/** What the hooks compute with until the plot has been measured, before the first paint (nothing is drawn with it). */
const UNMEASURED = { width: 640, height: 320, sizes: DEFAULT_SIZES };

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
 * Milestones as verticals, drawn from the chart's scale like the playhead band. As Recharts
 * <ReferenceLine>s they re-registered themselves in the chart's state at every render (an effect
 * without dependencies): when the playhead passed a milestone, every line was taken out and put back,
 * and each of those dispatches made the chart recheck every axis and series — the longest task of
 * playback (≈220 of 268 ms at 4× CPU in the profile). Now passing a milestone draws one more line.
 */
const MilestoneLines = memo(function MilestoneLines({ milestones }: { milestones: readonly Milestone[] }) {
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (!scale || !area) return null;
  return (
    <g className="growth-milestone-lines">
      {milestones.map((m) => {
        const at = decimalYear(m.date);
        const x = at === null ? NaN : Number(scale(at));
        // As a reference line does by default: none outside the plot.
        if (!Number.isFinite(x) || x < area.x || x > area.x + area.width) return null;
        return (
          <line
            key={m.id}
            x1={x}
            x2={x}
            y1={area.y}
            y2={area.y + area.height}
            stroke={m.kind === 'policy' ? 'var(--chart-4)' : 'var(--muted)'}
            strokeOpacity={0.5}
            strokeDasharray={m.kind === 'policy' ? '6 3' : '2 4'}
          />
        );
      })}
    </g>
  );
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
  const box = useMeasuredPlotBox(ref);
  const { width, sizes } = box ?? UNMEASURED;
  // Every statement is handed to Recharts once; the step and the marks show those up to the playhead
  // (see PlayheadStep and ShownMark). New data at a tick made Recharts recompute every axis and series
  // in the next animation frame: 60–200 ms tasks of playback at 4× CPU.
  const series = useMemo(() => countSeries(statements, Infinity), [statements]);
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
  // One shape for every mark, drawn as its kind is marked, and only once the playhead reaches its year.
  const markShape = useMemo(
    () =>
      function CountMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: KindPoint }) {
        if (cx === undefined || cy === undefined || !payload) return <g />;
        return (
          <ShownMark year={payload.year} cx={cx} cy={cy} {...KIND_MARKS[payload.kind]} size={sizes.marker} />
        );
      },
    [sizes.marker],
  );
  const selectedX = selected ? decimalYear(selected.date) : null;
  const selectedTo = selected ? decimalYear(selected.dateTo) : null;
  const names = useMemo(() => ({ x: t('chart.x'), y: t('chart.y') }), [t]);

  return (
    <>
      <p className="chart-axis-title">{t('chart.axis')}</p>
      <div className="chart-plot" ref={ref}>
        <PlayheadYear value={year}>
          {box && (
            <CountPlot
              series={series}
              marks={marks}
              markShape={markShape}
              xProps={xProps}
              yProps={yProps}
              first={first}
              last={last}
              selectedX={selectedX}
              selectedTo={selectedTo}
              stroke={sizes.stroke}
              names={names}
              width={box.width}
              height={box.height}
            />
          )}
        </PlayheadYear>
      </div>
      {/* Under the plot as HTML, so a key that wraps on a phone never takes the plot's height. */}
      <CountLegend entries={legend} />
    </>
  );
}

/** A mark drawn once the playhead reaches its statement's year: a tick re-renders the marks, not the chart. */
function ShownMark({ year, ...mark }: { year: number } & React.ComponentProps<typeof Mark>) {
  return year <= use(PlayheadYear) ? <Mark {...mark} /> : null;
}

/** The step through the statements up to the playhead, read at each tick like the marks. */
function PlayheadStep(props: LineDrawShapeProps) {
  const year = use(PlayheadYear);
  // A line's points carry the data item they were made from.
  const all = (props.points ?? []) as ReadonlyArray<
    NonNullable<LineDrawShapeProps['points']>[number] & { payload?: ChartPoint }
  >;
  const points = all.filter((p) => (p.payload?.year ?? Infinity) <= year);
  return <StillCurve {...props} points={points} />;
}

// Recharts calls a shape function inside its own component: the playhead is read in ours.
const stepShape = (props: LineDrawShapeProps) => <PlayheadStep {...props} />;

/**
 * How each kind of mark off and on the step is drawn, in drawing order (later ones on top). Hollow kinds
 * are outlined on the surface colour.
 */
const KIND_MARKS = {
  agreed: { shape: 'circle', color: STEP, hollow: false },
  disputed: { shape: 'triangle', color: DISPUTED, hollow: false },
  approx: { shape: 'square', color: STEP, hollow: true },
  bounds: { shape: 'circle', color: STEP, hollow: true },
  cumulative: { shape: 'diamond', color: CUMULATIVE, hollow: false },
} as const satisfies Record<string, { shape: Shape; color: string; hollow: boolean }>;
type Kind = keyof typeof KIND_MARKS;
const KINDS = Object.keys(KIND_MARKS) as Kind[];
type KindPoint = ChartPoint & { kind: Kind };

/**
 * Every mark in one Recharts series, each drawn by its kind's shape. As five series, each registered
 * itself in the chart's state and subscribed to it, and every registration made the chart recheck every
 * axis and series: the marks were the larger part of the chart's mount. The series carries no `name`:
 * Recharts writes it as an attribute on every mark, and nothing reads it (the legend is HTML and there
 * is no tooltip).
 */
function markPoints(series: PlotProps['series']): KindPoint[] {
  return KINDS.flatMap((kind) => series[kind].map((p) => ({ ...p, kind })));
}

interface PlotProps {
  series: ReturnType<typeof countSeries>;
  marks: readonly Milestone[];
  /** Draws a mark by its kind (see KIND_MARKS). */
  markShape: (p: { cx?: number; cy?: number; payload?: KindPoint }) => React.JSX.Element;
  xProps: ReturnType<typeof yearAxisProps>;
  yProps: ReturnType<typeof valueAxisProps>;
  first: number;
  last: number;
  selectedX: number | null;
  selectedTo: number | null;
  stroke: number;
  names: Record<'x' | 'y', string>;
  /** The plot's measured size: Recharts' container starts at it, so it does not draw the chart again on measuring it. */
  width: number;
  height: number;
}

/**
 * The plot without the playhead: drawn again only when the series, the passed milestones, the
 * selection, the size or the language change — not at every tick.
 */
const CountPlot = memo(function CountPlot({
  series,
  marks,
  markShape,
  xProps,
  yProps,
  first,
  last,
  selectedX,
  selectedTo,
  stroke,
  names,
  width,
  height,
}: PlotProps) {
  const { line } = series;
  const domain = useMemo(() => [first - 0.5, last + 1], [first, last]);
  // Read once, when the container mounts; later sizes come from its own observer.
  const initialSize = useMemo(() => ({ width, height }), [width, height]);
  const points = useMemo(() => markPoints(series), [series]);
  // The frame first, then the grid and axes, then the step, then the marks, each in a task of its own:
  // the step and its marks together were still one long task at 4× slowdown, and so were the frame and
  // its axes (Recharts re-renders the chart synchronously for each round of registrations — options,
  // layers, axes, rendered ticks —, 60–80 ms at 1× in Lighthouse's trace; Zone growth's TBT 26–257 ms
  // over five runs, 64–136 ms with the axes a step of their own).
  const drawAxes = useSecondStep();
  const drawSeries = useSecondStep(drawAxes);
  const drawMarks = useSecondStep(drawSeries);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
      <ComposedChart margin={MARGIN}>
        {drawAxes && <ValueGrid />}
        {drawAxes && <XAxis dataKey="x" name={names.x} {...xProps} domain={domain} />}
        {drawAxes && <YAxis dataKey="y" name={names.y} {...yProps} />}
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
        {drawSeries && (
          <Line
            data={line}
            dataKey="y"
            type="stepAfter"
            shape={stepShape}
            stroke={STEP}
            strokeWidth={stroke}
            dot={false}
            isAnimationActive={false}
            legendType="plainline"
          />
        )}
        {drawMarks && <Scatter data={points} shape={markShape} legendType="none" isAnimationActive={false} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
});
