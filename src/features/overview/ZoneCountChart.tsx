import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { decimalYear } from '../../data/dates';
import type { ZoneCount } from '../../data/model';
import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import { valueAxisProps, yearAxisProps } from '../../ui/chart/axisProps';
import { familySlot, slotColor } from '../../ui/chart/colors';
import { useAxisWords } from '../../ui/chart/useAxisWords';
import { usePlotBox } from '../../ui/chart/usePlotBox';

const MARGIN = { top: 8, right: 12, bottom: 4, left: 4 };

/**
 * Each dated statement of the national zone count as a dot. No line joins them: statements from
 * different sources disagree, and a line would invent a path between them. Bounds (">200") are hollow.
 */
export default function ZoneCountChart({ rows }: { rows: readonly ZoneCount[] }) {
  const { t } = useTranslation();
  const words = useAxisWords();
  const ref = useRef<HTMLDivElement>(null);
  const { width, sizes } = usePlotBox(ref, { width: 640, height: 220 });
  const points = rows.flatMap((r) => {
    const x = decimalYear(r.date);
    return x === null || r.count === null ? [] : [{ x, y: r.count, qualifier: r.qualifier }];
  });
  const exact = points.filter((p) => p.qualifier === '');
  const bounds = points.filter((p) => p.qualifier !== '');
  const axis = words.axis(
    points.map((p) => p.y),
    'count',
  );
  const yProps = valueAxisProps(axis, (v) => words.tick(v, axis), sizes);
  const xs = points.map((p) => p.x);
  // The axis starts with the first zones (1984), so the years before the first statement read as a gap.
  const xProps = yearAxisProps(
    Math.min(FIRST_DATA_YEAR, Math.floor(Math.min(...xs))),
    Math.floor(Math.max(...xs)),
    width - yProps.width - MARGIN.left - MARGIN.right,
    words.yearTick,
    sizes,
  );
  const color = slotColor(familySlot('zone_count'));
  const r = sizes.marker;
  return (
    <>
      <p className="chart-axis-title">{t('overview.zoneCountChart.axis')}</p>
      <div className="chart-plot chart-plot--compact" ref={ref}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 220 }}>
          <ScatterChart margin={MARGIN}>
            <CartesianGrid vertical={false} className="chart-grid" />
            <XAxis dataKey="x" name={t('overview.zoneCountChart.x')} {...xProps} />
            <YAxis dataKey="y" name={t('overview.zoneCountChart.y')} {...yProps} />
            <Scatter
              data={exact}
              fill={color}
              shape={(p: { cx?: number; cy?: number }) => <circle cx={p.cx} cy={p.cy} r={r} fill={color} />}
              isAnimationActive={false}
            />
            <Scatter
              data={bounds}
              shape={(p: { cx?: number; cy?: number }) => (
                <circle cx={p.cx} cy={p.cy} r={r} fill="var(--surface)" stroke={color} strokeWidth={2} />
              )}
              isAnimationActive={false}
            />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
