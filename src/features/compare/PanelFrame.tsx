import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelModel } from '../../data/selectors/compare/model';
import { pointsAt } from '../../data/selectors/compare/points';
import { ChartFrame } from '../../ui/ChartFrame';
import { Citation } from '../../ui/Citation';
import { observationCitations } from '../../ui/citations';
import { CsvButton } from '../../ui/CsvButton';
import { Dialog } from '../../ui/Dialog';
import { useDataset } from '../../ui/useDataset';
import { PointDetails } from './chart/PointDetails';
import { CompareTable, useCsvRows } from './CompareTable';
import { PanelChart, type ChartPoint } from './PanelChart';
import { useLabels } from './useLabels';
import { dataKey } from '../../i18n/keys';

interface PanelFrameProps {
  panel: PanelModel;
  /** The year range of a line chart. */
  from: number;
  to: number;
}

/** One small multiple in its frame, with its table, CSV and the source of a selected point. */
export function PanelFrame({ panel, from, to }: PanelFrameProps) {
  const { t } = useTranslation(['compare', 'common', 'indicators', 'regions']);
  const dataset = useDataset();
  const { unitLabel, format } = useLabels();
  const [selected, setSelected] = useState<ChartPoint | null>(null);
  const { chart, rows } = panel;
  const indexed = panel.unit === 'index';
  const csv = useCsvRows(rows, indexed);
  const unit = unitLabel(panel.unit);
  const names = panel.indicators
    .map((id) => t(dataKey('indicators', `${id}.name`)))
    .join(t('common:list.separator'));
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
        title={unit}
        subtitle={
          <>
            {names}
            <span className="compare-panel__legend">
              {' '}
              {t(chart.kind === 'line' ? 'panel.legend' : 'panel.legendBars')}
            </span>
          </>
        }
        summary={
          chart.kind === 'line'
            ? t('panel.summaryLine', {
                count: rows.length,
                lines: panel.lines.length,
                from: format.year(from),
                to: format.year(to),
                unit,
              })
            : t('panel.summaryBars', { count: rows.length, year: format.year(chart.year), unit })
        }
        table={<CompareTable rows={rows} caption={t('table.caption', { unit })} indexed={indexed} />}
        takeAway={{
          name: panel.indicators.join('-'),
          years: rows.map((r) => r.year),
          sources: rows.map((r) => r.observation.source),
        }}
        sourceLine={t('panel.source', { count: panel.sources })}
        actions={
          <CsvButton
            filename={`etdz-compare-${panel.unit === '%' ? 'percent' : panel.unit.replace(/\W+/g, '-')}`}
            build={csv}
          />
        }
      >
        <PanelChart panel={panel} onSelect={setSelected} paused={selected !== null} />
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
}
