import { useTranslation } from 'react-i18next';
import type { CompareModel } from '../../data/selectors/compare/model';
import type { Mode } from '../../data/selectors/compare/modes';
import type { Region } from '../../data/schema/enums';
import { useFormat } from '../../i18n/useFormat';
import { Icon } from '../../ui/Icon';
import { dataKey } from '../../i18n/keys';
import { useLabels } from './useLabels';

/** What a reader must know to read the chart right: ignored ids, the mode's method, zones covered. */
interface CompareNotesProps {
  model: CompareModel;
  mode: Mode;
  /** Drops the unknown ids from the link: the notice has been read. */
  onDismissUnknown(): void;
}

export function CompareNotes({ model, mode, onDismissUnknown }: CompareNotesProps) {
  const { result, silentRegions: silent, barGaps, zoneBases: bases } = model;
  const { t } = useTranslation(['compare', 'common', 'indicators', 'notes', 'regions']);
  const format = useFormat();
  const { lineLabel } = useLabels();
  const names = (ids: string[]) =>
    ids.map((id) => t(dataKey('indicators', `${id}.name`))).join(t('common:list.separator'));
  const regionNames = (ids: readonly Region[]) =>
    ids.map((r) => t(`regions:region.${r}`)).join(t('common:list.separator'));
  return (
    <div className="compare-notes">
      {result.unknown.map((id) => (
        <p key={id} className="notice compare-notice" role="status">
          <span>
            <Icon glyph="warning" /> {t('notice.unknown', { id })}
          </span>
          <button
            type="button"
            className="button button--quiet"
            onClick={onDismissUnknown}
            aria-label={t('common:notice.dismiss')}
          >
            {t('common:notice.dismissShort')}
          </button>
        </p>
      ))}
      {result.without.length > 0 && (
        <p className="notice compare-notice" role="status">
          <span>
            <Icon glyph="warning" /> {t(`notice.without.${mode}`, { names: names(result.without) })}
          </span>
        </p>
      )}
      {/* Chosen regions that no drawn line covers: said in words, not left to an absent line. */}
      {result.points > 0 && silent.length > 0 && (
        <p className="compare-note small" role="status">
          {t('notice.noRegion', { regions: regionNames(silent) })}
        </p>
      )}
      {result.points > 0 && barGaps && barGaps.regions.length > 0 && (
        <p className="compare-note small" role="status">
          {t('notice.noBarFigure', {
            regions: regionNames(barGaps.regions),
            year: format.year(barGaps.year),
          })}
        </p>
      )}
      {mode !== 'abs' && <p className="muted small">{t(`notice.method.${mode}`)}</p>}
      {result.index && result.index.base !== null && result.index.dropped.length > 0 && (
        <p className="compare-note small" role="status">
          {t('notice.indexDropped', {
            names: result.index.dropped.map(lineLabel).join(t('common:list.separator')),
            year: format.year(result.index.base),
          })}
        </p>
      )}
      {bases.map(({ region, bases: list }) => (
        <p key={region} className="compare-note small">
          <Icon glyph="warning" />{' '}
          {t('notice.zoneBasis', {
            region: t(`regions:region.${region}`),
            list: list
              .map((b) =>
                b.notes.length
                  ? t('notice.zoneBasisItemNote', {
                      count: b.count,
                      note: b.notes
                        .map((k) => t(dataKey('notes', `basis.${k}`)))
                        .join(t('common:list.separator')),
                    })
                  : t('notice.zoneBasisItem', { count: b.count }),
              )
              .join(t('common:list.separator')),
          })}
        </p>
      ))}
      {result.points === 1 && (
        <p className="notice compare-notice" role="status">
          <span>{t('empty.onePoint', { year: format.year(result.yearsWithData[0] ?? 0) })}</span>
        </p>
      )}
    </div>
  );
}
