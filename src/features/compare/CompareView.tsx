import { useTranslation } from 'react-i18next';
import { offeredIndicators, regionsWithData } from '../../data/selectors/compare/catalog';
import { selectCompareModel } from '../../data/selectors/compare/model';
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
  const model = selectCompareModel(dataset, params);
  const { result, years } = model;

  return (
    <div className="compare">
      <header className="view-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <div className="compare-layout">
        <aside className="compare-filters" aria-label={t('filters.label')}>
          <IndicatorPicker
            groups={offeredIndicators(dataset)}
            chosen={params.ind}
            onChange={(ind) => onChange({ ind })}
          />
          <RegionPicker
            regions={regionsWithData(dataset)}
            chosen={params.reg}
            onChange={(reg) => onChange({ reg })}
          />
          <YearRange from={years.from} to={years.to} min={years.min} max={years.max} onChange={onChange} />
          <ViewOptions
            params={params}
            barYears={result.yearsWithData}
            barYear={model.barYear}
            periodCounts={result.periodCounts}
            onChange={onChange}
          />
        </aside>
        <section className="compare-results" aria-label={t('results')}>
          <CompareNotes
            model={model}
            mode={params.mode}
            onDismissUnknown={() =>
              onChange({ ind: params.ind.filter((id) => !result.unknown.includes(id)) })
            }
          />
          {model.nothingChosen ? (
            <NoIndicator onChange={onChange} />
          ) : result.points === 0 ? (
            <NoData from={result.from} to={result.to} coverage={result.coverage} onChange={onChange} />
          ) : (
            model.panels.map((panel) => (
              <PanelFrame key={panel.unit} panel={panel} from={result.from} to={result.to} />
            ))
          )}
        </section>
      </div>
    </div>
  );
}
