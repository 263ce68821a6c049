import { useTranslation } from 'react-i18next';
import type { Region } from '../../../data/schema/enums';

/** Regions and aggregates that have figures; none chosen means all zones nationally. */
export function RegionPicker({
  regions,
  chosen,
  onChange,
}: {
  regions: readonly Region[];
  chosen: readonly Region[];
  onChange(regions: Region[]): void;
}) {
  const { t } = useTranslation(['compare', 'regions']);
  const effective: readonly Region[] = chosen.length ? chosen : ['national'];
  const toggle = (region: Region, on: boolean) =>
    onChange(on ? [...effective, region] : effective.filter((r) => r !== region));
  return (
    <fieldset className="compare-filter">
      <legend>{t('filters.regions')}</legend>
      <ul className="compare-checklist compare-checklist--inline">
        {regions.map((region) => (
          <li key={region}>
            <label>
              <input
                type="checkbox"
                checked={effective.includes(region)}
                disabled={effective.length === 1 && effective[0] === region}
                onChange={(e) => toggle(region, e.target.checked)}
              />
              {t(`regions:region.${region}`)}
            </label>
          </li>
        ))}
      </ul>
      {effective.some((r) => r !== 'national') && (
        <p className="muted small compare-note">{t('filters.regionScheme')}</p>
      )}
    </fieldset>
  );
}
