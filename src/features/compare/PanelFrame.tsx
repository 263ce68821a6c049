import { memo, useState, type Ref } from 'react';
import type { PanelModel } from '../../data/selectors/compare/model';
import { pointsAt } from '../../data/selectors/compare/points';
import { contentLanguage } from '../../i18n/constants';
import { ChartFrame } from '../../ui/ChartFrame';
import { DrawnWhenNear } from '../../ui/chart/DrawnWhenNear';
import { Citation } from '../../ui/Citation';
import { observationCitations } from '../../ui/citations';
import { CsvButton } from '../../ui/CsvButton';
import { Dialog } from '../../ui/Dialog';
import { useDataset } from '../../ui/useDataset';
import { PointDetails } from './chart/PointDetails';
import { CompareTable, useCsvRows } from './CompareTable';
import { PanelChart, type ChartPoint } from './PanelChart';
import { usePanelWords } from './panelWords';
import type { Mode } from '../../data/selectors/compare/modes';
import { usePanelLook } from './usePanelLook';

interface PanelFrameProps {
  panel: PanelModel;
  mode: Mode;
  /** The year range of a line chart. */
  from: number;
  to: number;
  /** Indicators of the same unit drawn in another panel, because their sizes differ too much. */
  splitFrom?: readonly string[];
  /** Set on the frame's heading, so the view can move focus to the chart. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const NO_SPLIT: readonly string[] = [];

/** The same props, with the split list compared by its ids: the view builds a new list each render. */
const sameProps = (a: PanelFrameProps, b: PanelFrameProps) =>
  a.panel === b.panel &&
  a.mode === b.mode &&
  a.from === b.from &&
  a.to === b.to &&
  a.headingRef === b.headingRef &&
  (a.splitFrom ?? NO_SPLIT).join() === (b.splitFrom ?? NO_SPLIT).join();

/**
 * One small multiple in its frame, with its table, CSV and the source of a selected point. Memoised:
 * a filter change that leaves this panel's content alone (see steadyPanels) does not redraw its chart.
 */
export const PanelFrame = memo(function PanelFrame({
  panel,
  mode,
  from,
  to,
  splitFrom = NO_SPLIT,
  headingRef,
}: PanelFrameProps) {
  const { t, format, lng } = usePanelWords();
  const dataset = useDataset();
  const [selected, setSelected] = useState<ChartPoint | null>(null);
  const { rows } = panel;
  const indexed = panel.unit === 'index';
  const csv = useCsvRows(rows, indexed);
  const look = usePanelLook(panel, { mode, splitFrom, from, to });
  const entries = selected ? pointsAt(panel.lines, selected.year, selected.region) : [];
  const when = selected
    ? selected.region
      ? t('dialog.regionYear', {
          region: t(`regions:region.${selected.region}`),
          year: format.year(selected.year),
        })
      : format.year(selected.year)
    : '';

  return (
    <>
      <ChartFrame
        className="compare-panel"
        title={look.title}
        subtitle={
          <>
            {look.subtitle}
            {look.splitNote && <span className="chart-frame__note">{look.splitNote}</span>}
          </>
        }
        headingRef={headingRef}
        summary={look.summary}
        table={
          <CompareTable rows={rows} caption={t('table.caption', { unit: look.title })} indexed={indexed} />
        }
        takeAway={{
          name: panel.indicators.join('-'),
          years: rows.map((r) => r.year),
          sources: rows.map((r) => r.observation.source),
        }}
        sourceLine={t('panel.source', { count: panel.sources })}
        actions={<CsvButton filename={csvName(panel)} build={csv} />}
      >
        <DrawnWhenNear lang={contentLanguage(lng)}>
          <PanelChart panel={panel} look={look} onSelect={setSelected} paused={selected !== null} />
        </DrawnWhenNear>
      </ChartFrame>
      <Dialog
        open={selected !== null && entries.length > 0}
        onClose={() => setSelected(null)}
        title={t('dialog.title', { when })}
      >
        <PointDetails entries={entries} sources={dataset.sources} />
        {observationCitations(
          dataset,
          entries.flatMap((e) => e.statement.observations),
        ).map((item, i) => (
          <Citation key={`${item.source.id}-${i}`} item={item} />
        ))}
      </Dialog>
    </>
  );
}, sameProps);

/** A file name that says what is inside: the indicators, in the data's ids (the language is appended on download). */
function csvName(panel: PanelModel): string {
  const what = panel.indicators.slice(0, 3).join('_') + (panel.indicators.length > 3 ? '_more' : '');
  // Rows are sorted by region first, so the years' span is their minimum and maximum, not the ends.
  const years = panel.rows.map((r) => r.year);
  const when =
    panel.chart.kind === 'bars' ? String(panel.chart.year) : `${Math.min(...years)}-${Math.max(...years)}`;
  return `etdz_${what}_${panel.unit === 'index' ? 'index_' : ''}${when}`;
}
