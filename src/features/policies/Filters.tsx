import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyArea } from '../../data/policy/model';
import { dataKey } from '../../i18n/keys';

interface Props {
  doc: string | null;
  areas: readonly PolicyArea[];
  area: string | null;
  tags: readonly string[];
  selectedTags: readonly string[];
  q: string;
  shown: number;
  total: number;
  onArea(area: string | null): void;
  onTags(tags: string[]): void;
  onQuery(q: string): void;
  onClear(): void;
}

/** Area (within the chosen document), themes and free text; every choice lives in the URL. */
export function Filters({
  doc,
  areas,
  area,
  tags,
  selectedTags,
  q,
  shown,
  total,
  onArea,
  onTags,
  onQuery,
  onClear,
}: Props) {
  const { t } = useTranslation(['policies']);
  const searchId = useId();
  const areaId = useId();
  const filtered = area !== null || selectedTags.length > 0 || q !== '';
  const toggle = (tag: string) =>
    onTags(selectedTags.includes(tag) ? selectedTags.filter((x) => x !== tag) : [...selectedTags, tag]);
  return (
    <section className="panel policy-filters" aria-labelledby="policy-filters-title">
      <h2 id="policy-filters-title">{t('ui.filters.title')}</h2>
      <div className="policy-filters__row" role="search">
        <div className="field">
          <label htmlFor={searchId}>{t('ui.filters.search')}</label>
          <input
            id={searchId}
            type="search"
            value={q}
            onChange={(e) => onQuery(e.target.value)}
            placeholder={t('ui.filters.searchPlaceholder')}
            maxLength={100}
          />
        </div>
        {doc !== null && (
          <div className="field">
            <label htmlFor={areaId}>{t('ui.filters.area')}</label>
            <select id={areaId} value={area ?? ''} onChange={(e) => onArea(e.target.value || null)}>
              <option value="">{t('ui.filters.allAreas')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.key}>
                  {a.number !== null
                    ? t('ui.filters.areaNumbered', {
                        number: a.number,
                        name: t(dataKey('policies', `areas.${a.document}.${a.key}`)),
                      })
                    : t(dataKey('policies', `areas.${a.document}.${a.key}`))}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <fieldset className="policy-filters__tags">
        <legend>{t('ui.filters.themes')}</legend>
        {tags.map((tag) => (
          <label key={tag} className="policy-tag-choice">
            <input type="checkbox" checked={selectedTags.includes(tag)} onChange={() => toggle(tag)} />
            {t(dataKey('policies', `tags.${tag}`))}
          </label>
        ))}
      </fieldset>
      <p className="policy-filters__count" role="status" aria-live="polite">
        {t('ui.filters.count', { count: shown, total })}
        {filtered && (
          <button type="button" className="button button--link" onClick={onClear}>
            {t('ui.filters.clear')}
          </button>
        )}
      </p>
    </section>
  );
}
