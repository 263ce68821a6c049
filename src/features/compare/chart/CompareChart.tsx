import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../data/model';
import type { Qualifier, Region } from '../../../data/schema/enums';
import {
  barRows,
  disputedWidth,
  lineRows,
  type ChartRow,
  type Panel,
} from '../../../data/selectors/compare/panels';
import { useLabels } from '../useLabels';
import { lineColor, lineShape, Mark, SERIES_DASH, type Shape } from './marks';
import { LegendList } from './LegendList';
import { entriesAt, PointDetails } from './PointDetails';

interface CompareChartProps {
  panel: Panel;
  kind: 'line' | 'bars';
  /** The year of the bar chart. */
  year: number;
  sources: Dataset['sources'];
  onSelect(year: number, region?: Region): void;
  /** A dialog shows the selected point: the hover tooltip must not stay drawn over the page. */
  paused?: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

const dot = (shape: Shape, color: string, key: string) =>
  function PlotDot({ cx, cy, payload }: DotProps) {
    if (
      cx === undefined ||
      cy === undefined ||
      !payload ||
      payload[key] === null ||
      payload[key] === undefined
    )
      return <g />;
    return (
      <Mark
        cx={cx}
        cy={cy}
        shape={shape}
        color={color}
        qualifier={(payload[`${key}:q`] ?? '') as Qualifier}
      />
    );
  };

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
}

/** Bars of approximate or bound figures are hollow and dashed. */
const barShape = (color: string, key: string) =>
  function PlotBar({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps) {
    const hollow = (payload?.[`${key}:q`] ?? '') !== '';
    return (
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={hollow ? 'var(--surface)' : color}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={hollow ? '5 3' : undefined}
      />
    );
  };

/** Tells the chart which year (or region) the tooltip shows, so Enter can open its sources. */
function ActiveReporter({ label, onActive }: { label: unknown; onActive(label: unknown): void }) {
  useEffect(() => {
    onActive(label);
    return () => onActive(null);
  }, [label, onActive]);
  return null;
}

const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };

/** One small multiple. Lines break at gaps; figures that disagree for a year are all drawn, none joined. */
export default function CompareChart({
  panel,
  kind,
  year,
  sources,
  onSelect,
  paused = false,
}: CompareChartProps) {
  const { t } = useTranslation('compare');
  const { lineLabel, barLabel, tick, qualified, format } = useLabels();
  const active = useRef<unknown>(null);
  const report = useCallback((label: unknown) => {
    active.current = label;
  }, []);
  const plot = useRef<HTMLDivElement>(null);
  // Recharts moves the tooltip with the arrow keys on its focusable chart; Enter or Space then
  // opens what it shows. A native listener, because the focusable element is Recharts' own svg.
  useEffect(() => {
    const el = plot.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.key !== 'Enter' && e.key !== ' ') || active.current === null || active.current === undefined)
        return;
      e.preventDefault();
      if (kind === 'line') onSelect(Number(active.current));
      else onSelect(year, active.current as Region);
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [kind, year, onSelect]);
  const title = t('panel.chartTitle');
  const desc = t('panel.keyboard');
  const tooltip = (label: unknown) => {
    const entries =
      kind === 'line' ? entriesAt(panel.lines, Number(label)) : entriesAt(panel.lines, year, String(label));
    if (entries.length === 0) return null;
    return (
      <div className="compare-tooltip">
        <p className="compare-tooltip__title">
          {kind === 'line' ? format.year(Number(label)) : t(`regions:region.${String(label)}`)}
        </p>
        <PointDetails entries={entries} sources={sources} />
        <p className="compare-tooltip__hint">{t('tooltip.hint')}</p>
        <ActiveReporter label={label} onActive={report} />
      </div>
    );
  };
  // Rows are rebuilt only when the panel or the language changes: Recharts re-renders on new data.
  const lineData = useMemo(() => (kind === 'line' ? lineRows(panel) : []), [kind, panel]);
  const barData = useMemo(() => {
    if (kind !== 'bars') return { rows: [], bars: [] };
    const built = barRows(panel, year);
    // Direct labels keep the qualifier, so a bound never reads as an exact bar height.
    const rows = built.rows.map((row) => {
      const out: ChartRow = { ...row };
      for (const b of built.bars)
        for (let j = 0; j < b.width; j += 1) {
          const v = row[`${b.key}_${j}`];
          if (typeof v === 'number')
            out[`${b.key}_${j}:label`] = qualified(
              (row[`${b.key}_${j}:q`] ?? '') as Qualifier,
              tick(panel.unit, v),
            );
        }
      return out;
    });
    return { rows, bars: built.bars };
  }, [kind, panel, year, qualified, tick]);
  const axisY = <YAxis tickFormatter={(v: number) => tick(panel.unit, v)} width={96} />;

  if (kind === 'bars') {
    const { rows, bars } = barData;
    return (
      <>
        <div className="chart-plot" ref={plot}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
            <BarChart
              data={rows}
              margin={MARGIN}
              title={title}
              desc={desc}
              onClick={(s) => s.activeLabel !== undefined && onSelect(year, s.activeLabel as Region)}
            >
              <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
              <XAxis dataKey="region" tickFormatter={(r: string) => t(`regions:region.${r}`)} />
              {axisY}
              <Tooltip content={({ active, label }) => (active && !paused ? tooltip(label) : null)} />
              {bars.flatMap((b, i) =>
                Array.from({ length: b.width }, (_, j) => (
                  <Bar
                    key={`${b.key}_${j}`}
                    dataKey={`${b.key}_${j}`}
                    name={barLabel(b)}
                    legendType={j === 0 ? 'square' : 'none'}
                    fill={lineColor(i)}
                    stroke={lineColor(i)}
                    strokeWidth={2}
                    isAnimationActive={false}
                    shape={barShape(lineColor(i), `${b.key}_${j}`)}
                  >
                    <LabelList dataKey={`${b.key}_${j}:label`} position="top" />
                  </Bar>
                )),
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <LegendList
          entries={bars.map((b, i) => ({
            key: b.key,
            label: barLabel(b),
            color: lineColor(i),
            shape: 'bar',
          }))}
        />
      </>
    );
  }

  const rows = lineData;
  return (
    <>
      <div className="chart-plot" ref={plot}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
          <LineChart
            data={rows}
            margin={MARGIN}
            title={title}
            desc={desc}
            onClick={(s) => s.activeLabel !== undefined && onSelect(Number(s.activeLabel))}
          >
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            <XAxis dataKey="year" tickFormatter={(y: number) => format.year(y)} />
            {axisY}
            <Tooltip content={({ active, label }) => (active && !paused ? tooltip(label) : null)} />
            {panel.lines.flatMap((line, i) => {
              const color = lineColor(i);
              return [
                <Line
                  key={line.key}
                  type="linear"
                  dataKey={line.key}
                  name={lineLabel(line)}
                  stroke={color}
                  strokeWidth={2}
                  strokeDasharray={SERIES_DASH[line.series]}
                  connectNulls={false}
                  dot={dot(lineShape(i), color, line.key)}
                  activeDot={dot(lineShape(i), color, line.key)}
                  legendType="plainline"
                  isAnimationActive={false}
                />,
                ...Array.from({ length: disputedWidth(line) }, (_, j) => (
                  <Line
                    key={`${line.key}_${j}`}
                    dataKey={`${line.key}_${j}`}
                    name={lineLabel(line)}
                    stroke="none"
                    connectNulls={false}
                    dot={dot(lineShape(i), color, `${line.key}_${j}`)}
                    activeDot={dot(lineShape(i), color, `${line.key}_${j}`)}
                    legendType="none"
                    isAnimationActive={false}
                  />
                )),
              ];
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <LegendList
        entries={panel.lines.map((line, i) => ({
          key: line.key,
          label: lineLabel(line),
          color: lineColor(i),
          shape: lineShape(i),
          dash: SERIES_DASH[line.series],
        }))}
      />
    </>
  );
}
