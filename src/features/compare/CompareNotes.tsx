import { useTranslation } from 'react-i18next';
import type { CompareResult } from '../../data/selectors/compare/select';
import type { Mode } from '../../data/selectors/compare/modes';
import type { Region } from '../../data/schema/enums';
import { useFormat } from '../../i18n/useFormat';
import { Icon } from '../../ui/Icon';

/** What a reader must know to read the chart right: ignored ids, the mode's method, zones covered. */
export function CompareNotes({ result, mode, bases, regions }: { result: CompareResult; mode: Mode; bases: CompareResult['zoneBases']; regions: readonly Region[] }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const names = (ids: string[]) => ids.map((id) => t(`indicators:${id}.name`)).join(t('common:list.separator'));
  // Chosen regions that no drawn line covers: said in words, not left to an absent line.
  const silent = regions.filter((r) => !result.lines.some((l) => l.region === r));
  return (
    <div className="compare-notes">
      {result.unknown.map((id) => (
        <p key={id} className="notice compare-notice" role="status">
          <Icon glyph="warning" /> {t('notice.unknown', { id })}
        </p>
      ))}
      {result.without.length > 0 && (
        <p className="notice compare-notice" role="status">
          <Icon glyph="warning" /> {t(`notice.without.${mode}`, { names: names(result.without) })}
        </p>
      )}
      {result.points > 0 && silent.length > 0 && (
        <p className="compare-note small" role="status">
          {t('notice.noRegion', { regions: silent.map((r) => t(`regions:region.${r}`)).join(t('common:list.separator')) })}
        </p>
      )}
      {mode !== 'abs' && <p className="muted small">{t(`notice.method.${mode}`)}</p>}
      {bases.length > 1 && (
        <p className="compare-note small">
          <Icon glyph="warning" />{' '}
          {t('notice.zoneBasis', {
            list: bases
              .map((b) => (b.notes.length ? t('notice.zoneBasisItemNote', { count: b.count, note: b.notes.map((k) => t(`notes:basis.${k}`)).join(t('common:list.separator')) }) : t('notice.zoneBasisItem', { count: b.count })))
              .join(t('common:list.separator')),
          })}
        </p>
      )}
      {result.points === 1 && <p className="notice compare-notice" role="status">{t('empty.onePoint', { year: format.year(result.yearsWithData[0] ?? 0) })}</p>}
    </div>
  );
}
