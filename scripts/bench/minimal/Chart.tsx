import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { rowsFor, SERIES } from './data';
import { useBench } from './store';

const COLORS = ['#1f6fb2', '#c0392b', '#2e7d32', '#8e44ad', '#b9770e'];
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };

/** One Recharts line chart: axes, grid, tooltip, legend, dots, a dashed line, gaps left as gaps. */
export default function Chart() {
  const { t, i18n } = useTranslation();
  const national = useBench((s) => s.national);
  const variant = useBench((s) => s.variant);
  const rows = useMemo(() => rowsFor(variant), [variant]);
  const number = useMemo(
    () => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }),
    [i18n.language],
  );
  const keys = national ? SERIES : SERIES.slice(0, 4);
  return (
    <div className="plot__area" data-bench-variant={variant}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis tickFormatter={(v: number) => number.format(v)} width={80} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? number.format(v) : String(v))} />
          <Legend />
          {keys.map((key, i) => (
            <Line
              key={key}
              dataKey={key}
              name={t(`region.${key}`)}
              stroke={COLORS[i]}
              strokeWidth={2}
              strokeDasharray={key === 'national' ? '6 3' : undefined}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
