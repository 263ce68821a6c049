import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
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
import { useFormat } from '../../i18n/useFormat';
import { CountLegend, type LegendEntry } from './CountLegend';

interface Props {
  statements: readonly CountStatement[];
  milestones: readonly Milestone[];
  year: number;
  first: number;
  last: number;
  selected: Milestone | null;
}

/**
 * The stated count as steps up to the playhead. The step joins every exactly dated, exact count of
 * zones existing and holds each until the next; where statements of one year disagree it zigzags
 * between them and they are triangles. Approximate dates (squares), bounds (hollow) and cumulative
 * counts (diamonds) are marks off the step. Dotted verticals mark batches, exits and new zones;
 * dashed ones policy documents.
 */
export default function CountChart({ statements, milestones, year, first, last, selected }: Props) {
  const { t } = useTranslation('growth');
  const format = useFormat();
  const { line, agreed, disputed, approx, bounds, cumulative } = countSeries(statements, year);
  const legend: LegendEntry[] = [
    { id: 'step', label: t('chart.step'), shape: 'line', color: 'var(--chart-1)' },
    { id: 'stock', label: t('chart.stock'), shape: 'circle', color: 'var(--chart-1)' },
    { id: 'disputed', label: t('chart.disputed'), shape: 'triangle', color: 'var(--chart-2)' },
    { id: 'approx', label: t('chart.approx'), shape: 'square', color: 'var(--chart-1)' },
    { id: 'bound', label: t('chart.bound'), shape: 'hollow', color: 'var(--chart-1)' },
    { id: 'cumulative', label: t('chart.cumulative'), shape: 'diamond', color: 'var(--chart-3)' },
  ];
  const marks = milestones.filter((m) => m.year <= year);
  const ticks: number[] = [];
  for (let y = Math.ceil(first / 5) * 5; y <= last; y += 5) ticks.push(y);
  const selectedX = selected ? decimalYear(selected.date) : null;
  const selectedTo = selected ? decimalYear(selected.dateTo) : null;

  return (
    <div className="chart-plot">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
        <ComposedChart margin={{ top: 12, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[first, last + 1]}
            allowDecimals={false}
            ticks={ticks}
            tickFormatter={(v: number) => format.year(Math.floor(v))}
            name={t('chart.x')}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0, 'auto']}
            tickFormatter={(v: number) => format.number(v)}
            width={48}
            name={t('chart.y')}
          />
          <ReferenceArea
            x1={year}
            x2={year + 1}
            fill="var(--chart-5)"
            fillOpacity={0.18}
            ifOverflow="hidden"
          />
          {marks.map((m) => (
            <ReferenceLine
              key={m.id}
              x={decimalYear(m.date) ?? undefined}
              stroke={m.kind === 'policy' ? 'var(--chart-4)' : 'var(--muted)'}
              strokeOpacity={0.5}
              strokeDasharray={m.kind === 'policy' ? '6 3' : '2 4'}
            />
          ))}
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
            stroke="var(--chart-1)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            name={t('chart.step')}
            legendType="plainline"
          />
          <Scatter
            data={agreed}
            fill="var(--chart-1)"
            shape="circle"
            legendType="circle"
            isAnimationActive={false}
            name={t('chart.stock')}
          />
          <Scatter
            data={disputed}
            fill="var(--chart-2)"
            shape="triangle"
            legendType="triangle"
            isAnimationActive={false}
            name={t('chart.disputed')}
          />
          <Scatter
            data={approx}
            fill="var(--surface)"
            stroke="var(--chart-1)"
            strokeWidth={2}
            shape="square"
            legendType="none"
            isAnimationActive={false}
            name={t('chart.approx')}
          />
          <Scatter
            data={bounds}
            fill="var(--surface)"
            stroke="var(--chart-1)"
            strokeWidth={2}
            legendType="none"
            isAnimationActive={false}
            name={t('chart.bound')}
          />
          <Scatter
            data={cumulative}
            fill="var(--chart-3)"
            shape="diamond"
            legendType="diamond"
            isAnimationActive={false}
            name={t('chart.cumulative')}
          />
          <Legend content={<CountLegend entries={legend} />} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
