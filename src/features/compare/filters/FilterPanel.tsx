import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../data/schema/enums';
import { listFormat } from '../../../i18n/format/listFormat';
import { useFormat } from '../../../i18n/useFormat';

/**
 * The filters beside the chart on a wide screen; on a phone a one-line summary that opens them, so
 * the chart is on the first screen. Only CSS tells the two apart: the button is hidden when wide.
 */
export function FilterPanel({
  indicators,
  regions,
  from,
  to,
  children,
}: {
  indicators: number;
  regions: readonly Region[];
  from: number;
  to: number;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation(['compare', 'regions']);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const regionNames = listFormat(lng, { type: 'conjunction', style: 'short' }).format(
    regions.map((r) => t(`regions:region.${r}`)),
  );
  return (
    <aside className="compare-filters" aria-label={t('filters.label')} data-open={open}>
      <button
        type="button"
        className="compare-filters__toggle button button--quiet"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((v) => !v)}
      >
        <strong>{open ? t('filters.hide') : t('filters.show')}</strong>
        <span className="small">
          {t(from === to ? 'filters.summaryYear' : 'filters.summary', {
            count: indicators,
            regions: regionNames,
            from: format.year(from),
            to: format.year(to),
          })}
        </span>
      </button>
      <div className="compare-filters__body" id={bodyId}>
        {children}
      </div>
    </aside>
  );
}
