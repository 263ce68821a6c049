import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RankSeries } from '../../data/selectors/zones/profile';
import { useFormat } from '../../i18n/useFormat';
import { dataKey } from '../../i18n/keys';
import { rankTicks } from './rankTicks';
import { ZONE_NS } from './texts';

const COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'];

/**
 * A zone's ranks over the assessments: rank 1 at the top, one line per published list, a gap wherever
 * the sources give no rank (never a line across it). The 2010 evaluation's lists are an older method,
 * drawn dashed and named so.
 */
export default function RankChart({
  series,
  years,
}: {
  series: readonly RankSeries[];
  years: readonly number[];
}) {
  const { t } = useTranslation(ZONE_NS);
  const format = useFormat();
  const data = years.map((year) => ({
    year,
    ...Object.fromEntries(
      series.map((s) => [s.ranking, s.points.find((p) => p.year === year)?.rank ?? null]),
    ),
  }));
  const worst = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.rank ?? 0)));
  // The legend takes a line per list; the plot keeps its own height above it so ranks stay readable.
  const height: CSSProperties = { minHeight: `${200 + 26 * series.length}px` };
  const ticks = rankTicks(worst);
  return (
    <div className="chart-plot zone-rank-chart" style={height}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 560, height: 240 }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis
            dataKey="year"
            type="number"
            domain={[years[0] ?? 0, years.at(-1) ?? 0]}
            ticks={[...years]}
            padding={{ left: 14, right: 14 }}
            tickFormatter={(v: number) => format.year(v)}
            name={t('rankings:table.assessment')}
          />
          <YAxis
            reversed
            type="number"
            domain={[1, ticks.at(-1) ?? worst]}
            allowDecimals={false}
            ticks={ticks}
            interval={0}
            tickFormatter={(v: number) => format.number(v)}
            width={40}
            // The best and worst ranks sit on the plot's edges: room for their whole markers.
            padding={{ top: 10, bottom: 10 }}
            name={t('rankings:table.rank')}
          />
          <Tooltip
            formatter={(value, name) => [t('rankings:rank', { rank: format.number(Number(value)) }), name]}
            labelFormatter={(label) => t('ranks.tooltipYear', { year: format.year(Number(label)) })}
          />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.ranking}
              dataKey={s.ranking}
              name={t(dataKey('zones', `ranking.${s.ranking}`))}
              stroke={COLORS[i % COLORS.length]}
              strokeDasharray={s.ranking.startsWith('investment_environment') ? '4 3' : undefined}
              strokeWidth={2}
              // A dashed list's markers stay whole rings: the dash is the line's, not the marker's.
              dot={{ r: 4, strokeDasharray: 'none' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
