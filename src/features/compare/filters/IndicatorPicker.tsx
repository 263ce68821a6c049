import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundlesOf } from '../../../i18n/bundles';
import { useI18nInstance } from '../../../i18n/useI18nInstance';
import type { ThemeGroup } from '../../../data/selectors/compare/catalog';
import { COMPLETE_LANGUAGES } from '../../../i18n/constants';
import { dataKey } from '../../../i18n/keys';
import { useDrawnLater } from '../../../ui/useDrawnLater';
import { useLabels } from '../useLabels';
import { IndicatorOption, type OptionTexts } from './IndicatorOption';
import { buildSearchIndex, searchIndicators } from './indicatorSearch';

/** The texts the search reads in every complete language: indicator names and definitions, and aliases. */
const SEARCHED_NAMESPACES = ['compare', 'indicators'];

/** A filter change re-renders the picker: only the option whose box flipped draws again. */
const Option = memo(IndicatorOption);

const byCatalogue = new WeakMap<ThemeGroup[], Map<string, Map<string, OptionTexts>>>();

/** The words of every option worded so far for this catalogue and language; an option is worded once. */
function wordedOptions(groups: ThemeGroup[], lng: string): Map<string, OptionTexts> {
  let byLanguage = byCatalogue.get(groups);
  if (!byLanguage) {
    byLanguage = new Map();
    byCatalogue.set(groups, byLanguage);
  }
  let texts = byLanguage.get(lng);
  if (!texts) {
    texts = new Map();
    byLanguage.set(lng, texts);
  }
  return texts;
}

type Offered = ThemeGroup['indicators'][number];

/**
 * Indicators by theme, with a search over names and definitions in both languages. While a search is
 * typed only matching indicators show, every matching theme open; the status line says how many match.
 */
export function IndicatorPicker({
  groups,
  chosen,
  onChange,
}: {
  groups: ThemeGroup[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { t, i18n } = useTranslation(['compare', 'indicators']);
  const { unitLabel, format } = useLabels();
  const instance = useI18nInstance();
  const searchId = useId();
  const [query, setQuery] = useState('');
  // The search's texts (both languages) and its index are made when a reader first goes to the search
  // field, not with the view: they were a third of the picker's first render (a long task at 4x slowdown)
  // and a second language's files fetched and read for a search most visits never start.
  const [searching, setSearching] = useState(false);
  // The other language's texts may still be loading: the index is rebuilt when they arrive.
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (!searching) return;
    let live = true;
    const bundles = bundlesOf(instance);
    void Promise.allSettled(COMPLETE_LANGUAGES.map((lng) => bundles.ensure(lng, SEARCHED_NAMESPACES))).then(
      () => live && setLoaded((n) => n + 1),
    );
    return () => {
      live = false;
    };
  }, [instance, searching]);
  // It covers every complete language, so a language switch keeps it: only arriving texts rebuild it.
  const index = useMemo(
    () => (searching ? buildSearchIndex(instance, groups) : null),
    [instance, groups, loaded, searching], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const matches = index && searchIndicators(index, query);
  // Each option is worded once per language and catalogue, when it is first shown: switching back to a
  // language read before words nothing (95 options × four texts were the picker's whole share of a switch).
  const lng = i18n.resolvedLanguage ?? i18n.language;
  const worded = wordedOptions(groups, lng);
  const textsOf = ({ indicator, years, figures }: Offered): OptionTexts => {
    const known = worded.get(indicator.id);
    if (known) return known;
    const first = years[0] as number;
    const last = years.at(-1) as number;
    const texts = {
      name: t(dataKey('indicators', `${indicator.id}.name`)),
      coverage:
        first === last
          ? t('filters.coverageOne', { year: format.year(first), count: figures })
          : t('filters.coverage', { from: format.year(first), to: format.year(last), count: figures }),
      definition: t('filters.definition', {
        definition: t(dataKey('indicators', `${indicator.id}.definition`)),
        unit: unitLabel(indicator.unit),
      }),
    };
    worded.set(indicator.id, texts);
    return texts;
  };
  // The options of closed themes come a task after the open ones: out of sight until a theme is opened,
  // they were most of the picker's first render (a long task at 4x slowdown). A search shows them at once.
  const everyTheme = useDrawnLater();
  // The options keep one toggle for good, which reads the latest choice: a new function per render
  // would re-render all of them on every filter change.
  const latest = useRef({ chosen, onChange });
  useLayoutEffect(() => {
    latest.current = { chosen, onChange };
  });
  const toggle = useCallback((id: string, on: boolean) => {
    const { chosen: now, onChange: change } = latest.current;
    change(on ? [...now, id] : now.filter((c) => c !== id));
  }, []);
  const total = matches?.size ?? 0;

  return (
    <fieldset className="compare-filter compare-indicators">
      <legend>{t('filters.indicators')}</legend>
      <div className="compare-search">
        <label htmlFor={searchId}>{t('picker.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${searchId}-help ${searchId}-status`}
          onFocus={() => setSearching(true)}
          onChange={(e) => {
            setSearching(true);
            setQuery(e.target.value);
          }}
        />
        <p id={`${searchId}-help`} className="muted small">
          {t('picker.searchHelp')}
        </p>
        <p id={`${searchId}-status`} className="small compare-search__status" role="status">
          {matches === null
            ? ''
            : total === 0
              ? t('picker.noResults', { query: query.trim() })
              : t('picker.results', { count: total, query: query.trim() })}
        </p>
      </div>
      {groups.map(({ theme, indicators }) => {
        const shown = matches ? indicators.filter((i) => matches.has(i.indicator.id)) : indicators;
        if (shown.length === 0) return null;
        const selected = indicators.filter((i) => chosen.includes(i.indicator.id)).length;
        const list = (matches || selected > 0 || everyTheme) && (
          <ul className="compare-checklist">
            {shown.map((offered) => (
              <Option
                key={offered.indicator.id}
                id={offered.indicator.id}
                texts={textsOf(offered)}
                checked={chosen.includes(offered.indicator.id)}
                describedBy={`${searchId}-def-${offered.indicator.id}`}
                onToggle={toggle}
              />
            ))}
          </ul>
        );
        return matches ? (
          <section key={theme} className="compare-theme" aria-label={t(`theme.${theme}`)}>
            <p className="compare-theme__title">
              {t('filters.themeMatches', { theme: t(`theme.${theme}`), count: shown.length })}
            </p>
            {list}
          </section>
        ) : (
          <details key={theme} className="compare-theme" open={selected > 0}>
            <summary>
              {t('filters.themeCount', {
                theme: t(`theme.${theme}`),
                chosen: selected,
                count: indicators.length,
              })}
            </summary>
            {list}
          </details>
        );
      })}
    </fieldset>
  );
}
