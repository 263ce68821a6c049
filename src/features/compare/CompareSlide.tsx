import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../data/selectors/compare/modes';
import { selectCompareModel, type CompareModel, type PanelModel } from '../../data/selectors/compare/model';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import { useYearRange } from '../../ui/slide/useYearRange';
import type { SlideInput, SlidePart, SlideProps, SlideText } from '../../ui/slide/types';
import { useSourceLine } from '../../ui/slide/useSourceLine';
import { useDataset } from '../../ui/useDataset';
import { PanelChart } from './PanelChart';
import { PanelWordsProvider } from './panelWords';
import { splitFrom } from './splitFrom';
import { useEndLabels } from './useEndLabels';
import { useLabels } from './useLabels';
import { usePanelLook } from './usePanelLook';
import './compare.css';

/**
 * How a deck entry names a panel: by its unit, or where one unit is split in panels by size, by the
 * panel's id (a unit alone would always pick the first of them).
 */
const partOf = (panel: PanelModel) => (panel.split ? panel.id : panel.unit);

/** The panel a slide shows: the one the deck entry names (by id, else by unit), else the first. */
function panelOf(model: CompareModel, part: string): PanelModel | null {
  return (
    model.panels.find((p) => p.id === part) ??
    model.panels.find((p) => p.unit === part) ??
    model.panels[0] ??
    null
  );
}

function useModel({ state }: SlideInput) {
  return selectCompareModel(useDataset(), state.compare);
}

/** "Regional GDP, 2006–2024" for lines; "Number of national ETDZs by region, 2023" for bars. */
function usePanelTitle() {
  const { t } = useTranslation(['common', 'indicators']);
  const format = useFormat();
  const years = useYearRange();
  return (model: CompareModel, panel: PanelModel | null) => {
    const ids = panel?.indicators ?? model.result.shown;
    const names = ids.map((id) => t(dataKey('indicators', `${id}.name`))).join(t('list.separator'));
    if (panel?.chart.kind === 'bars')
      return t('present.slide.compare.barsTitle', { names, year: format.year(panel.chart.year) });
    return t('present.slide.compare.lineTitle', { names, years: years(model.result.from, model.result.to) });
  };
}

export function useSlideText(input: SlideInput): SlideText {
  const { t } = useTranslation(['common', 'regions']);
  const model = useModel(input);
  const title = usePanelTitle();
  const { unitLabel } = useLabels();
  const panel = panelOf(model, input.part);
  const regions = model.regions.map((r) => t(`regions:region.${r}`)).join(t('list.separator'));
  return {
    title: title(model, panel),
    description: t('present.slide.compare.description', {
      view: t('views.compare.title'),
      regions,
      chart: t(`present.slide.compare.chart.${input.state.compare.chart}`),
      unit: panel ? unitLabel(panel.unit) : t('present.slide.compare.noPanel'),
      panels: model.panels.length,
    }),
  };
}

export function useSlideParts(input: SlideInput): SlidePart[] {
  const { t } = useTranslation(['common', 'indicators']);
  const { unitLabel } = useLabels();
  return useModel(input).panels.map((p) => ({
    id: partOf(p),
    label: t('present.slide.compare.part', {
      unit: unitLabel(p.unit),
      names: p.indicators.map((id) => t(dataKey('indicators', `${id}.name`))).join(t('list.separator')),
    }),
  }));
}

/**
 * One Compare panel on a slide: the page's own chart at the slide's size, with nothing to hover, and
 * the page's note where the panel is one of a split.
 */
function PanelSlide({ panel, model, mode }: { panel: PanelModel; model: CompareModel; mode: Mode }) {
  const title = usePanelTitle();
  const sourceLine = useSourceLine();
  const others = useMemo(() => splitFrom(panel, model.panels), [panel, model.panels]);
  const look = usePanelLook(panel, { mode, from: model.result.from, to: model.result.to, splitFrom: others });
  const endLabels = useEndLabels(panel.chart, look.look.colors);
  const labelled = useMemo(() => ({ ...look, look: { ...look.look, endLabels } }), [look, endLabels]);
  return (
    <SlideLayout
      className="slide--chart"
      defaultTitle={title(model, panel)}
      source={sourceLine(panel.rows.map((r) => r.observation.source))}
      note={look.splitNote || undefined}
    >
      <PanelChart panel={panel} look={labelled} onSelect={() => undefined} paused />
    </SlideLayout>
  );
}

export default function CompareSlide(input: SlideProps) {
  const { t } = useTranslation();
  const model = useModel(input);
  const title = usePanelTitle();
  const sourceLine = useSourceLine();
  const panel = panelOf(model, input.part);
  if (panel)
    return (
      <PanelWordsProvider>
        <PanelSlide panel={panel} model={model} mode={input.state.compare.mode} />
      </PanelWordsProvider>
    );
  return (
    <SlideLayout className="slide--chart" defaultTitle={title(model, null)} source={sourceLine([])}>
      <p className="slide__empty">{t('present.slide.compare.noPanel')}</p>
    </SlideLayout>
  );
}
