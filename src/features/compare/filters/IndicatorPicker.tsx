import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeGroup } from '../../../data/selectors/compare/catalog';
import { useLabels } from '../useLabels';
import { dataKey } from '../../../i18n/keys';

const OPEN_THEMES = ['size', 'openness'];

/** Indicators grouped by theme, each with its years, and its definition and unit on hover or focus. */
export function IndicatorPicker({
  groups,
  chosen,
  onChange,
}: {
  groups: ThemeGroup[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation(['compare', 'indicators']);
  const { unitLabel, format } = useLabels();
  const base = useId();
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="compare-filter compare-indicators">
      <legend>{t('filters.indicators')}</legend>
      <p className="muted small">{t('filters.indicatorsHelp')}</p>
      {groups.map(({ theme, indicators }) => {
        const selected = indicators.filter((i) => chosen.includes(i.indicator.id)).length;
        return (
          <details key={theme} className="compare-theme" open={OPEN_THEMES.includes(theme) || selected > 0}>
            <summary>{t('filters.theme', { theme: t(`theme.${theme}`), count: selected })}</summary>
            <ul className="compare-checklist">
              {indicators.map(({ indicator, years, figures }) => {
                const defId = `${base}-${indicator.id}`;
                const first = years[0] as number;
                const last = years.at(-1) as number;
                return (
                  <li key={indicator.id} className="compare-ind">
                    <label>
                      <input
                        type="checkbox"
                        checked={chosen.includes(indicator.id)}
                        onChange={(e) => toggle(indicator.id, e.target.checked)}
                        aria-describedby={defId}
                      />
                      <span>{t(dataKey('indicators', `${indicator.id}.name`))}</span>
                      <span className="muted small compare-ind__years">
                        {first === last
                          ? t('filters.coverageOne', { year: format.year(first), count: figures })
                          : t('filters.coverage', {
                              from: format.year(first),
                              to: format.year(last),
                              count: figures,
                            })}
                      </span>
                    </label>
                    <span id={defId} className="compare-ind__def small">
                      {t('filters.definition', {
                        definition: t(dataKey('indicators', `${indicator.id}.definition`)),
                        unit: unitLabel(indicator.unit),
                      })}
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </fieldset>
  );
}
