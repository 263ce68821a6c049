import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import {
  COMPARE_DEFAULTS,
  COMPARE_PRESETS,
  PRESET_IDS,
  type CompareParams,
} from '../../state/params/compare';

type Patch = (patch: Partial<CompareParams>) => void;

export function NoIndicator({ onChange }: { onChange: Patch }) {
  const { t } = useTranslation('compare');
  return (
    <section className="panel compare-empty" aria-labelledby="compare-empty-title">
      <h2 id="compare-empty-title">{t('empty.noIndicator')}</h2>
      <p>{t('empty.noIndicatorHelp')}</p>
      <ul className="compare-presets">
        {PRESET_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="button"
              onClick={() => {
                const { ind, from, to, reg } = COMPARE_PRESETS[id];
                onChange({ ind: [...ind], from, to, reg: [...reg] });
              }}
            >
              {t(`preset.${id}`)}
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
            onClick={() => {
              const { per, ser, reg, mode, from, to } = COMPARE_DEFAULTS;
              onChange({ per, ser: [...ser], reg: [...reg], mode, from, to });
            }}
          >
            {t('empty.reset')}
          </button>
        </>
      )}
    </section>
  );
}
