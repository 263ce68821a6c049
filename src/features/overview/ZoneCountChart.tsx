import { useTranslation } from 'react-i18next';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { decimalYear } from '../../data/dates';
import type { ZoneCount } from '../../data/model';
import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { useFormat } from '../../i18n/useFormat';

/**
 * Each dated statement of the national zone count as a dot. No line joins them: statements from
 * different sources disagree, and a line would invent a path between them. Bounds (">200") are hollow.
 */
export default function ZoneCountChart({ rows }: { rows: readonly ZoneCount[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = rows.flatMap((r) => {
    const x = decimalYear(r.date);
    return x === null || r.count === null ? [] : [{ x, y: r.count, qualifier: r.qualifier }];
  });
  const exact = points.filter((p) => p.qualifier === '');
  const bounds = points.filter((p) => p.qualifier !== '');
  return (
    <div className="chart-plot chart-plot--compact">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 220 }}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[FIRST_DATA_YEAR, 'dataMax']}
            tickFormatter={(v: number) => format.year(Math.floor(v))}
            name={t('overview.zoneCountChart.x')}
            allowDecimals={false}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={t('overview.zoneCountChart.y')}
            tickFormatter={(v: number) => format.number(v)}
            width={48}
          />
          <Scatter name={t('chart.exact')} data={exact} fill="var(--chart-1)" isAnimationActive={false} />
          <Scatter
            name={t('chart.bound')}
            data={bounds}
            fill="var(--surface)"
            stroke="var(--chart-1)"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
