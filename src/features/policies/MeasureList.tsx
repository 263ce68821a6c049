import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyArea, PolicyDocument, PolicyMeasure } from '../../data/policy/model';
import { useFormat } from '../../i18n/useFormat';
import { CsvButton } from '../../ui/CsvButton';
import { groupByArea } from '../../data/selectors/policies/filter';
import type { PoliciesParams } from '../../state/params/policies';
import { MeasureItem } from './MeasureItem';
import { dataKey } from '../../i18n/keys';

interface Props {
  measures: readonly PolicyMeasure[];
  areas: readonly PolicyArea[];
  documents: readonly PolicyDocument[];
  params: PoliciesParams;
  onClear(): void;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * Measures grouped by document and area. One measure is in the tab order at a time (roving
 * tabindex); arrow keys, Home and End move between measures, Tab goes into the measure's links.
 */
export function MeasureList({ measures, areas, documents, params, onClear }: Props) {
  const { t } = useTranslation(['policies']);
  const format = useFormat();
  const listRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = measures.some((m) => m.id === activeId)
    ? activeId
    : (params.measure ?? measures[0]?.id ?? null);
  const groups = groupByArea(measures);
  const areaOf = (doc: string, key: string) => areas.find((a) => a.document === doc && a.key === key);

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || !NAV_KEYS.has(event.key)) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? measures.length - 1
          : index + (event.key === 'ArrowDown' ? 1 : -1);
    const target = measures[Math.max(0, Math.min(measures.length - 1, next))];
    if (!target) return;
    setActiveId(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-measure="${target.id}"]`)?.focus();
  };

  if (measures.length === 0) {
    return (
      <section className="panel policy-empty" aria-labelledby="policy-measures-title">
        <h2 id="policy-measures-title">{t('ui.list.title')}</h2>
        <p>{t('ui.list.empty')}</p>
        <button type="button" className="button" onClick={onClear}>
          {t('ui.filters.clear')}
        </button>
      </section>
    );
  }

  let index = 0;
  return (
    <section className="policy-measures" aria-labelledby="policy-measures-title">
      <div className="policy-measures__header">
        <h2 id="policy-measures-title">{t('ui.list.title')}</h2>
        <CsvButton
          filename="policy-measures"
          build={() => ({
            header: [
              'id',
              t('ui.csv.document'),
              t('ui.csv.area'),
              t('ui.csv.title'),
              t('ui.csv.titleStatus'),
              t('ui.csv.summary'),
              t('ui.measure.themes'),
              t('ui.measure.bodies'),
              t('ui.measure.source'),
            ],
            rows: measures.map((m) => [
              m.id,
              t(dataKey('policies', `documents.${m.document}.short`)),
              t(dataKey('policies', `areas.${m.document}.${m.area}`)),
              t(dataKey('policies', `measures.${m.id}.title`)),
              t(`ui.flags.title.${m.titleIsOfficial}`),
              t(dataKey('policies', `measures.${m.id}.summary`)),
              m.tags.map((tag) => t(dataKey('policies', `tags.${tag}`))).join(t('ui.listSeparator')),
              m.bodies.map((b) => t(dataKey('policies', `bodies.${b}`))).join(t('ui.listSeparator')),
              [m.source, ...m.moreSources].filter(Boolean).join(' '),
            ]),
          })}
        />
      </div>
      <p className="muted small">{t('ui.list.keys')}</p>
      <div ref={listRef}>
        {groups.map((g, gi) => {
          const area = areaOf(g.document, g.area);
          const newDoc = gi === 0 || groups[gi - 1]!.document !== g.document;
          return (
            <div key={`${g.document}:${g.area}`} className="policy-group">
              {newDoc && (
                <h3 className="policy-group__doc">
                  {t(dataKey('policies', `documents.${g.document}.short`))}{' '}
                  <time
                    className="policy-group__date"
                    dateTime={documents.find((d) => d.id === g.document)?.date}
                  >
                    {format.date(documents.find((d) => d.id === g.document)?.date ?? '')}
                  </time>
                </h3>
              )}
              <h4 className="policy-group__area">
                {area?.number != null
                  ? t('ui.filters.areaNumbered', {
                      number: area.number,
                      name: t(dataKey('policies', `areas.${g.document}.${g.area}`)),
                    })
                  : t(dataKey('policies', `areas.${g.document}.${g.area}`))}
                {area && !area.counted && (
                  <span className="badge policy-flag policy-flag--false">{t('ui.list.outsideCount')}</span>
                )}
              </h4>
              <ol className="policy-group__list">
                {g.measures.map((m) => {
                  const i = index++;
                  return (
                    <li key={m.id}>
                      <MeasureItem
                        measure={m}
                        q={params.q}
                        params={params}
                        active={m.id === active}
                        onFocus={() => setActiveId(m.id)}
                        onKeyDown={onKeyDown(i)}
                      />
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </div>
    </section>
  );
}
