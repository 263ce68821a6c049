import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../data/schema/enums';
import type { Panel } from '../../data/selectors/compare/panels';
import type { CompareRow } from '../../data/selectors/compare/select';
import { ChartFrame } from '../../ui/ChartFrame';
import { Citation } from '../../ui/Citation';
import { observationCitations } from '../../ui/citations';
import { CsvButton } from '../../ui/CsvButton';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { useDataset } from '../../ui/useDataset';
import { entriesAt, PointDetails } from './chart/PointDetails';
import { CompareTable, useCsvRows } from './CompareTable';
import { useLabels } from './useLabels';

const CompareChart = lazy(() => import('./chart/CompareChart'));

interface PanelFrameProps {
  panel: Panel;
  /** The table rows of this panel: exactly what the chart draws. */
  rows: CompareRow[];
  kind: 'line' | 'bars';
  year: number;
  from: number;
  to: number;
}

/** One small multiple in its frame, with its table, CSV and the source of a selected point. */
export function PanelFrame({ panel, rows, kind, year, from, to }: PanelFrameProps) {
  const { t } = useTranslation('compare');
  const dataset = useDataset();
  const { unitLabel, format } = useLabels();
  const [selected, setSelected] = useState<{ year: number; region?: Region } | null>(null);
  const select = useCallback((y: number, region?: Region) => setSelected({ year: y, region }), []);
  const indexed = panel.unit === 'index';
  const csv = useCsvRows(rows, indexed);
  const unit = unitLabel(panel.unit);
  const names = [...new Set(panel.lines.map((l) => t(`indicators:${l.indicator}.name`)))].join(
    t('common:list.separator'),
  );
  const entries = selected ? entriesAt(panel.lines, selected.year, selected.region) : [];
  const when = selected
    ? selected.region
      ? t('dialog.regionYear', {
          region: t(`regions:region.${selected.region}`),
          year: format.year(selected.year),
        })
      : format.year(selected.year)
    : '';
  const sourceCount = new Set(rows.map((r) => r.observation.source)).size;

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
              {t(kind === 'line' ? 'panel.legend' : 'panel.legendBars')}
            </span>
          </>
        }
        summary={
          kind === 'line'
            ? t('panel.summaryLine', {
                count: rows.length,
                lines: panel.lines.length,
                from: format.year(from),
                to: format.year(to),
                unit,
              })
            : t('panel.summaryBars', { count: rows.length, year: format.year(year), unit })
        }
        table={<CompareTable rows={rows} caption={t('table.caption', { unit })} indexed={indexed} />}
        sourceLine={t('panel.source', { count: sourceCount })}
        actions={
          <CsvButton
            filename={`etdz-compare-${panel.unit === '%' ? 'percent' : panel.unit.replace(/\W+/g, '-')}`}
            build={csv}
          />
        }
      >
        <Suspense fallback={<Loading what={t('common:chart.loading')} />}>
          <CompareChart
            panel={panel}
            kind={kind}
            year={year}
            sources={dataset.sources}
            onSelect={select}
            paused={selected !== null}
          />
        </Suspense>
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
