import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { FullCompareParams } from '../../state/params/compare';

/** Links the deck and the Policies view use; offered when nothing is chosen yet. */
export const PRESETS = [
  { id: 'gdp', ind: ['gdp', 'gdp_share_national_pct'], from: 2006, to: 2024 },
  { id: 'shares', ind: ['trade_share_national_pct', 'fdi_share_national_pct'], from: 2006, to: 2024 },
  { id: 'fdi', ind: ['fdi_actual_usd', 'fdi_share_national_pct'], from: null, to: null },
] as const;

type Patch = (patch: Partial<FullCompareParams>) => void;

export function NoIndicator({ onChange }: { onChange: Patch }) {
  const { t } = useTranslation('compare');
  return (
    <section className="panel compare-empty" aria-labelledby="compare-empty-title">
      <h2 id="compare-empty-title">{t('empty.noIndicator')}</h2>
      <p>{t('empty.noIndicatorHelp')}</p>
      <ul className="compare-presets">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="button"
              onClick={() => onChange({ ind: [...p.ind], from: p.from, to: p.to, reg: [] })}
            >
              {t(`preset.${p.id}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NoData({
  from,
  to,
  coverage,
  onChange,
}: {
  from: number;
  to: number;
  coverage: { from: number; to: number } | null;
  onChange: Patch;
}) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  return (
    <section className="panel compare-empty" role="status">
      <h2>
        {coverage
          ? t('empty.noDataInRange', { from: format.year(from), to: format.year(to) })
          : t('empty.noData')}
      </h2>
      {coverage ? (
        <>
          <p>{t('empty.coverage', { from: format.year(coverage.from), to: format.year(coverage.to) })}</p>
          <button type="button" className="button" onClick={() => onChange({ from: null, to: null })}>
            {t('empty.useCoverage', { from: format.year(coverage.from), to: format.year(coverage.to) })}
          </button>
        </>
      ) : (
        <>
          <p>{t('empty.noDataHelp')}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              onChange({
                per: 'FY',
                ser: ['statistics', 'assessment', 'other'],
                reg: [],
                mode: 'abs',
                from: null,
                to: null,
              })
            }
          >
            {t('empty.reset')}
          </button>
        </>
      )}
    </section>
  );
}
