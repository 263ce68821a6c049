import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredIndicators, regionsWithData } from '../../data/selectors/compare/catalog';
import { conflictingZoneBases, selectCompare } from '../../data/selectors/compare/select';
import { FIRST_DATA_YEAR } from '../../data/schema/enums';
import type { CompareParams } from '../../state/params/compare';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { CompareNotes } from './CompareNotes';
import { NoData, NoIndicator } from './EmptyStates';
import { IndicatorPicker } from './filters/IndicatorPicker';
import { RegionPicker } from './filters/RegionPicker';
import { ViewOptions } from './filters/ViewOptions';
import { YearRange } from './filters/YearRange';
import { PanelFrame } from './PanelFrame';
import './compare.css';

export default function CompareView() {
  const { t } = useTranslation('compare');
  const dataset = useDataset();
  const params = useAppStore((s) => s.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const onChange = (patch: Partial<CompareParams>) => setCompare(patch);
  const result = selectCompare(dataset, params);
  const groups = offeredIndicators(dataset);
  const years = groups.flatMap((g) =>
    g.indicators.flatMap((i) => [i.years[0] as number, i.years.at(-1) as number]),
  );
  const min = result.coverage?.from ?? Math.min(FIRST_DATA_YEAR, ...years);
  const max = Math.max(result.coverage?.to ?? 0, ...years);
  const barYear =
    params.year !== null && result.yearsWithData.includes(params.year)
      ? params.year
      : (result.yearsWithData.at(-1) ?? null);
  // A link naming only ids the dataset lacks has chosen nothing: offer the start, not "no data".
  const nothingChosen = params.ind.length === result.unknown.length;
  const shownRows = useMemo(
    () => (params.chart === 'line' ? result.rows : result.rows.filter((r) => r.year === barYear)),
    [params.chart, result, barYear],
  );
  const bases = useMemo(() => conflictingZoneBases(shownRows), [shownRows]);
  const regions = params.reg.length ? params.reg : (['national'] as const);
  // A region with figures in other years but none in the bar year must not vanish unsaid.
  const barGaps =
    params.chart === 'bars' && barYear !== null
      ? {
          year: barYear,
          regions: regions.filter(
            (r) =>
              result.lines.some((l) => l.region === r) && !shownRows.some((row) => row.line.region === r),
          ),
        }
      : null;

  return (
    <div className="compare">
      <header className="view-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <div className="compare-layout">
        <aside className="compare-filters" aria-label={t('filters.label')}>
          <IndicatorPicker groups={groups} chosen={params.ind} onChange={(ind) => onChange({ ind })} />
          <RegionPicker
            regions={regionsWithData(dataset)}
            chosen={params.reg}
            onChange={(reg) => onChange({ reg })}
          />
          <YearRange
            from={Math.max(min, Math.min(result.from, max))}
            to={Math.min(max, Math.max(result.to, min))}
            min={min}
            max={max}
            onChange={onChange}
          />
          <ViewOptions
            params={params}
            barYears={result.yearsWithData}
            barYear={barYear}
            periodCounts={result.periodCounts}
            onChange={onChange}
          />
        </aside>
        <section className="compare-results" aria-label={t('results')}>
          <CompareNotes
            result={result}
            mode={params.mode}
            bases={bases}
            regions={regions}
            barGaps={barGaps}
            onDismissUnknown={() =>
              onChange({ ind: params.ind.filter((id) => !result.unknown.includes(id)) })
            }
          />
          {nothingChosen ? (
            <NoIndicator onChange={onChange} />
          ) : result.points === 0 ? (
            <NoData from={result.from} to={result.to} coverage={result.coverage} onChange={onChange} />
          ) : (
            result.panels.map((panel) => {
              const rows = shownRows.filter((r) => r.line.unit === panel.unit);
              // A bar chart of one year leaves out the units that have no figure that year.
              if (rows.length === 0) return null;
              return (
                <PanelFrame
                  key={panel.unit}
                  panel={panel}
                  rows={rows}
                  kind={params.chart}
                  year={barYear ?? result.to}
                  from={result.from}
                  to={result.to}
                />
              );
            })
          )}
        </section>
      </div>
    </div>
  );
}
