import { useTranslation } from 'react-i18next';
import { SERIES, type Series } from '../../../data/schema/enums';
import { useFormat } from '../../../i18n/useFormat';
import { CHART_KINDS, COMPARE_MODES, PERIOD_KINDS, type CompareParams } from '../../../state/params/compare';

interface ViewOptionsProps {
  params: CompareParams;
  /** Years the bar chart can show, with how many regions each has. */
  barYears: ReadonlyArray<{ year: number; regions: number }>;
  barYear: number | null;
  /** Index mode: the base year and the years it could be, with the lines each covers. */
  index: {
    base: number | null;
    options: ReadonlyArray<{ year: number; lines: number }>;
    total: number;
  } | null;
  /** Figures per period kind for the current choice; kinds without any still show, marked. */
  periodCounts: Partial<Record<CompareParams['per'], number>>;
  onChange(patch: Partial<CompareParams>): void;
}

/** Mode, chart kind, period and publication series: radio groups, a select and checkboxes. */
export function ViewOptions({ params, barYears, barYear, index, periodCounts, onChange }: ViewOptionsProps) {
  const { t } = useTranslation(['compare', 'common']);
  const format = useFormat();
  const toggleSeries = (s: Series, on: boolean) =>
    onChange({ ser: SERIES.filter((x) => (x === s ? on : params.ser.includes(x))) });
  return (
    <div className="compare-options">
      <fieldset className="compare-filter">
        <legend>{t('filters.mode')}</legend>
        {COMPARE_MODES.map((mode) => (
          <label key={mode} className="compare-radio">
            <input
              type="radio"
              name="compare-mode"
              value={mode}
              checked={params.mode === mode}
              onChange={() => onChange({ mode })}
            />
            <span>
              {t(`mode.${mode}`)}
              <span className="muted small compare-radio__help">{t(`modeHelp.${mode}`)}</span>
            </span>
          </label>
        ))}
        {params.mode === 'index' && index && index.base !== null && (
          <label className="field">
            <span>{t('filters.base')}</span>
            <select value={index.base} onChange={(e) => onChange({ base: Number(e.target.value) })}>
              {index.options.map((o) => (
                <option key={o.year} value={o.year}>
                  {t('filters.baseOption', { year: format.year(o.year), count: o.lines, total: index.total })}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <fieldset className="compare-filter">
        <legend>{t('filters.chart')}</legend>
        {CHART_KINDS.map((chart) => (
          <label key={chart} className="compare-radio">
            <input
              type="radio"
              name="compare-chart"
              value={chart}
              checked={params.chart === chart}
              onChange={() => onChange({ chart })}
            />
            <span>{t(`chart.${chart}`)}</span>
          </label>
        ))}
        {params.chart === 'bars' && barYear !== null && (
          <label className="field">
            <span>{t('filters.barYear')}</span>
            <select value={barYear} onChange={(e) => onChange({ year: Number(e.target.value) })}>
              {barYears.map(({ year, regions }) => (
                <option key={year} value={year}>
                  {t('filters.barYearOption', { year: format.year(year), count: regions })}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <fieldset className="compare-filter">
        <legend>{t('filters.periodAndSeries')}</legend>
        <label className="field">
          <span>{t('filters.period')}</span>
          <select
            value={params.per}
            onChange={(e) => onChange({ per: e.target.value as CompareParams['per'] })}
          >
            {PERIOD_KINDS.map((p) => (
              <option key={p} value={p}>
                {t('filters.periodOption', { period: t(`period.${p}`), count: periodCounts[p] ?? 0 })}
              </option>
            ))}
          </select>
        </label>
        <p className="compare-series-label">{t('filters.series')}</p>
        <ul className="compare-checklist">
          {SERIES.map((s) => (
            <li key={s}>
              <label>
                <input
                  type="checkbox"
                  checked={params.ser.includes(s)}
                  disabled={params.ser.length === 1 && params.ser[0] === s}
                  onChange={(e) => toggleSeries(s, e.target.checked)}
                />
                {t(`common:series.${s}`)}
              </label>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('filters.seriesHelp')}</p>
      </fieldset>
    </div>
  );
}
