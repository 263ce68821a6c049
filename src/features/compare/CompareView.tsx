import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredIndicators, regionsWithData } from '../../data/selectors/compare/catalog';
import { selectCompareModel } from '../../data/selectors/compare/model';
import type { Region } from '../../data/schema/enums';
import type { CompareParams } from '../../state/params/compare';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { ChosenChips } from './ChosenChips';
import { CompareNotes } from './CompareNotes';
import { DefaultNotice, NoData } from './EmptyStates';
import { FilterPanel } from './filters/FilterPanel';
import { IndicatorPicker } from './filters/IndicatorPicker';
import { RegionPicker } from './filters/RegionPicker';
import { ViewOptions } from './filters/ViewOptions';
import { YearRange } from './filters/YearRange';
import { PanelFrame } from './PanelFrame';
import { PanelWordsProvider } from './panelWords';
import { splitFrom } from './splitFrom';
import { steadyPanels } from './steadyPanels';
import './compare.css';

/**
 * A region toggle leaves the indicator list as it was (and the other way round): its picker, with some
 * hundred options and their theme counts, is not rendered again. The chosen list is compared by its ids,
 * as each model holds its own copy.
 */
const SteadyIndicatorPicker = memo(
  IndicatorPicker,
  (a, b) => a.groups === b.groups && a.onChange === b.onChange && a.chosen.join() === b.chosen.join(),
);
const SteadyChips = memo(
  ChosenChips,
  (a, b) => a.defaulted === b.defaulted && a.onChange === b.onChange && a.chosen.join() === b.chosen.join(),
);
const SteadyYearRange = memo(YearRange);
const SteadyRegionPicker = memo(RegionPicker);

export default function CompareView() {
  const { t } = useTranslation('compare');
  const dataset = useDataset();
  const params = useAppStore((s) => s.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const model = selectCompareModel(dataset, params);
  const { result, years } = model;
  const panels = useMemo(() => steadyPanels(model.panels), [model.panels]);
  // After a question is picked, focus goes to the chart it draws, not back to the page's start.
  const firstHeading = useRef<HTMLHeadingElement>(null);
  const focusChart = useRef(false);
  useEffect(() => {
    if (!focusChart.current) return;
    focusChart.current = false;
    firstHeading.current?.focus();
  });
  const onChange = useCallback((patch: Partial<CompareParams>) => setCompare(patch), [setCompare]);
  const onIndicators = useCallback((ind: string[]) => onChange({ ind }), [onChange]);
  const onRegions = useCallback((reg: Region[]) => onChange({ reg }), [onChange]);
  const pick = (patch: Partial<CompareParams>) => {
    focusChart.current = true;
    onChange(patch);
  };

  return (
    <div className="compare">
      <header className="view-header">
        <a className="skip-link" href="#compare-results">
          {t('skipToChart')}
        </a>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <div className="compare-layout">
        <FilterPanel
          indicators={model.chosen.length}
          regions={model.regions}
          // A bar chart draws one year, so its summary names that year rather than the range.
          from={params.chart === 'bars' ? (model.barYear ?? years.from) : years.from}
          to={params.chart === 'bars' ? (model.barYear ?? years.to) : years.to}
        >
          <SteadyIndicatorPicker
            groups={offeredIndicators(dataset)}
            chosen={model.chosen}
            onChange={onIndicators}
          />
          <SteadyRegionPicker regions={regionsWithData(dataset)} chosen={params.reg} onChange={onRegions} />
          <SteadyYearRange
            from={years.from}
            to={years.to}
            min={years.min}
            max={years.max}
            onChange={onChange}
          />
          <ViewOptions
            params={params}
            barYears={model.barYears}
            barYear={model.barYear}
            index={
              result.index && {
                base: result.index.base,
                options: result.index.options,
                total: result.index.dropped.length + result.lines.length,
              }
            }
            periodCounts={result.periodCounts}
            onChange={onChange}
          />
        </FilterPanel>
        <section id="compare-results" className="compare-results" aria-label={t('results')} tabIndex={-1}>
          <CompareNotes
            model={model}
            mode={params.mode}
            onDismissUnknown={() =>
              onChange({ ind: params.ind.filter((id) => !result.unknown.includes(id)) })
            }
          />
          <SteadyChips chosen={model.chosen} defaulted={model.defaulted} onChange={onIndicators} />
          {model.defaulted && <DefaultNotice shown={model.chosen} onPick={pick} />}
          {result.points === 0 ? (
            <NoData from={result.from} to={result.to} coverage={result.coverage} onChange={onChange} />
          ) : (
            <PanelWordsProvider>
              {panels.map((panel, i) => (
                <PanelFrame
                  key={panel.id}
                  panel={panel}
                  mode={params.mode}
                  from={result.from}
                  to={result.to}
                  splitFrom={splitFrom(panel, panels)}
                  headingRef={i === 0 ? firstHeading : undefined}
                />
              ))}
            </PanelWordsProvider>
          )}
        </section>
      </div>
    </div>
  );
}
