import { useTranslation } from 'react-i18next';
import type { ProvinceMeasure, ProvinceTile } from '../../data/selectors/growth/provinces';
import { useFormat } from '../../i18n/useFormat';
import { dataKey } from '../../i18n/keys';

interface Props {
  tiles: readonly ProvinceTile[];
  measure: ProvinceMeasure;
  selected: string | null;
  onSelect(id: string | null): void;
}

/**
 * 31 equal tiles placed roughly where the provinces lie. "No data" is hatched and says so in words;
 * it is never drawn as zero. Shade steps carry the value, and the number is always printed.
 */
export function ProvinceMap({ tiles, measure, selected, onSelect }: Props) {
  const { t } = useTranslation(['growth', 'regions']);
  const format = useFormat();
  const values = tiles.map((p) => valueOf(p, measure)).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values);
  return (
    <div
      className="province-map"
      role="group"
      aria-label={t('where.mapLabel', { measure: t(`measure.${measure}`) })}
    >
      {tiles.map((p) => {
        const value = valueOf(p, measure);
        const name = t(dataKey('regions', `province.${p.id}`));
        const shown = value === null ? t('where.noData') : format.number(value);
        const level = value === null ? NO_DATA : shade(value, max);
        return (
          <button
            key={p.id}
            type="button"
            className={`province-tile province-tile--${level}`}
            style={{ gridRow: p.row + 1, gridColumn: p.col + 1 }}
            aria-pressed={p.id === selected}
            onClick={() => onSelect(p.id === selected ? null : p.id)}
          >
            {/* The name is what the tile says, so speech input and screen readers hear what is shown. */}
            <span className="province-tile__name">{name}</span>{' '}
            <span className="province-tile__value">{shown}</span>
            {measure === 'listed' && p.undated > 0 && ' '}
            {measure === 'listed' && p.undated > 0 && (
              <span className="province-tile__extra">{t('where.undatedShort', { count: p.undated })}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}

/** Class suffix of a tile without a figure: hatched, never the zero shade. */
const NO_DATA = 'none';

/** Four shade steps by share of the largest value; 0 keeps its own, lightest shade. */
function shade(value: number, max: number): number {
  return Math.min(4, Math.ceil((value / max) * 4));
}

export function valueOf(p: ProvinceTile, measure: ProvinceMeasure): number | null {
  return measure === 'stated' ? (p.stated?.count ?? null) : p.listed;
}
