import { useTranslation } from 'react-i18next';
import { listFormat } from '../../i18n/format/listFormat';
import { useFormat } from '../../i18n/useFormat';
import { dataKey } from '../../i18n/keys';
import {
  COMPARE_DEFAULTS,
  COMPARE_PRESETS,
  PRESET_IDS,
  type CompareParams,
} from '../../state/params/compare';

type Patch = (patch: Partial<CompareParams>) => void;

/** The questions a reader can start from; choosing one moves focus to the chart it draws. */
export function Presets({ onPick }: { onPick(patch: Partial<CompareParams>): void }) {
  const { t } = useTranslation('compare');
  return (
    <ul className="compare-presets">
      {PRESET_IDS.map((id) => (
        <li key={id}>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const { ind, from, to, reg } = COMPARE_PRESETS[id];
              onPick({ ind: [...ind], from, to, reg: [...reg] });
            }}
          >
            {t(`preset.${id}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** With no indicator in the link the view opens on a default chart, says so and offers questions. */
export function DefaultNotice({ shown, onPick }: { shown: readonly string[]; onPick: Patch }) {
  const { t, i18n } = useTranslation(['compare', 'indicators']);
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const names = listFormat(lng, { type: 'conjunction' }).format(
    shown.map((id) => t(dataKey('indicators', `${id}.name`))),
  );
  return (
    <section className="compare-default" aria-labelledby="compare-default-text">
      <p id="compare-default-text">{t('start.notice', { names })}</p>
      <Presets onPick={onPick} />
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
