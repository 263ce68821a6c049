import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { filterMeasures } from '../../data/selectors/policies/filter';
import { resolveSelection } from '../../data/selectors/policies/resolve';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { DocumentDetails } from './DocumentDetails';
import { DocumentTimeline } from './DocumentTimeline';
import { Filters } from './Filters';
import { MeasureList } from './MeasureList';
import { measureElementId } from './MeasureItem';
import { ThemeMatrix } from './ThemeMatrix';
import { UnknownIds } from './UnknownIds';
import { usePolicyCitation } from './usePolicyCitation';
import { usePolicyData } from './usePolicyData';
import { ViewCite } from '../../ui/export/ViewCite';
import { dataKey } from '../../i18n/keys';
import './policies.css';

const NO_FILTERS = { area: null, tag: [], q: '' };

export default function PoliciesView() {
  const { t } = useTranslation(['policies']);
  const format = useFormat();
  const data = usePolicyData();
  const params = useAppStore((s) => s.policies);
  const setPolicies = useAppStore((s) => s.setPolicies);
  const { selection, unknown } = resolveSelection(data, params);
  const { doc, area, tags, measure } = selection;

  // 79 measures: filtering on each render costs less than keeping a memo's dependencies right.
  const textOf = (id: string) => ({
    title: t(dataKey('policies', `measures.${id}.title`)),
    summary: t(dataKey('policies', `measures.${id}.summary`)),
  });
  const shown = filterMeasures(data, { doc, area, tags, q: params.q }, textOf, format.lng);

  // A link to one measure opens its document and clears any filter that would hide it.
  const target = data.measures.find((m) => m.id === measure);
  const targetHidden = target !== undefined && !shown.includes(target);
  useEffect(() => {
    if (target && (doc !== target.document || targetHidden))
      setPolicies({ doc: target.document, ...NO_FILTERS });
  }, [target, doc, targetHidden, setPolicies]);
  useEffect(() => {
    if (!target || targetHidden) return;
    const el = document.getElementById(measureElementId(target.id));
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [target, targetHidden]);

  const selectedDoc = data.documents.find((d) => d.id === doc) ?? null;
  const citation = usePolicyCitation(selectedDoc ? [selectedDoc] : data.documents, shown);
  const clear = () => setPolicies({ ...NO_FILTERS, measure: null });
  return (
    <div className="policies-view">
      <header className="view-header">
        <h1>{t('ui.title')}</h1>
        <p className="lead">{t('ui.lead')}</p>
        <ViewCite subject={t('ui.title')} {...citation} />
      </header>
      <UnknownIds unknown={unknown} />
      <DocumentTimeline
        documents={data.documents}
        selected={doc}
        onSelect={(id) => setPolicies({ doc: id, area: null, measure: null })}
      />
      {selectedDoc && <DocumentDetails data={data} doc={selectedDoc} />}
      <Filters
        doc={doc}
        areas={data.areas.filter((a) => a.document === doc)}
        area={area}
        tags={data.tags}
        selectedTags={tags}
        q={params.q}
        shown={shown.length}
        total={data.measures.length}
        onArea={(a) => setPolicies({ area: a, measure: null })}
        onTags={(tag) => setPolicies({ tag, measure: null })}
        onQuery={(q) => setPolicies({ q, measure: null })}
        onClear={clear}
      />
      <ThemeMatrix
        data={data}
        selectedDoc={doc}
        selectedTags={tags}
        onSelect={(d, tag) => setPolicies({ doc: d, area: null, tag: [tag], q: '', measure: null })}
      />
      <MeasureList
        measures={shown}
        areas={data.areas}
        documents={data.documents}
        params={{ ...params, doc, area, tag: tags, measure }}
        onClear={clear}
      />
    </div>
  );
}
