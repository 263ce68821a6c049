import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartModel } from '../../data/selectors/compare/charts';
import type { PlotYear } from '../../data/selectors/compare/lines';
import type { EndLabel } from '../../ui/chart/EndLabels';
import { SERIES_MARKS } from '../../ui/chart/series';
import type { ChartLook } from './chart/chartText';
import { useLabels } from './useLabels';

const stated = (y: PlotYear) => y.statements.length > 0;

/**
 * The values a line chart writes at its lines' ends on a slide: each line's latest figure (with its
 * year where the line stops before the chart does) and its first where the chart starts with it. Every
 * figure stated for that year is written, with its unit and qualifier; none is picked.
 */
export function useEndLabels(chart: ChartModel, colors: ChartLook['colors']): EndLabel[] {
  const { t } = useTranslation();
  const { value, format } = useLabels();
  return useMemo(() => {
    if (chart.kind !== 'line') return [];
    const years = chart.rows.map((r) => Number(r.year));
    const [start, end] = [years[0], years.at(-1)];
    return chart.lines.flatMap(({ line, dataKey }) => {
      const drawn = line.years.filter(stated);
      const [first, last] = [drawn[0], drawn.at(-1)];
      if (!first || !last) return [];
      const words = (y: PlotYear) => y.statements.map((s) => value(line, s)).join(t('list.separator'));
      const next = drawn[1]?.statements[0]?.value;
      const firstValue = first.statements[0]?.value ?? 0;
      return [
        {
          key: dataKey,
          color: colors[dataKey] ?? 'var(--text)',
          shape: SERIES_MARKS[line.series].shape,
          last: {
            year: last.year,
            value: last.statements[0]?.value ?? 0,
            text:
              last.year === end
                ? words(last)
                : t('present.slide.compare.valueIn', { value: words(last), year: format.year(last.year) }),
          },
          atEnd: last.year === end,
          points: drawn.flatMap((y) => y.statements.map((st) => ({ year: y.year, value: st.value }))),
          first:
            first.year === start && first !== last
              ? { year: first.year, value: firstValue, text: words(first) }
              : null,
          rises: next !== undefined && next > firstValue,
        },
      ];
    });
  }, [chart, colors, value, format, t]);
}
