import { useTranslation } from 'react-i18next';
import type { PolicyData, PolicyDocument, PolicyMeasure } from '../../data/policy/model';
import { documentCounts } from '../../data/selectors/policies/filter';
import { dataKey } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';
import { SlideLayout } from '../../ui/slide/SlideLayout';
import type { SlideInput, SlidePart, SlideText } from '../../ui/slide/types';
import { useNamesLine } from '../../ui/slide/useSourceLine';
import { useDocumentCountsText } from './DocumentCounts';
import { usePolicyData } from './usePolicyData';
import './policies.css';

/** The slide's document: the one the entry names, else the newest. */
function documentOf(data: PolicyData, { state }: SlideInput): PolicyDocument | null {
  return data.documents.find((d) => d.id === state.policies.doc) ?? data.documents.at(-1) ?? null;
}

/** The policy material keeps addresses, not publishers: the host names who published each text. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function useDocumentTitle() {
  const { t } = useTranslation(['common', 'policies']);
  return (data: PolicyData, doc: PolicyDocument | null) => {
    if (!doc) return t('present.slide.policies.none');
    const name = t(dataKey('policies', `documents.${doc.id}.short`));
    const held = documentCounts(data, doc.id);
    if (doc.statedMeasures !== null && doc.statedAreas !== null)
      return t('present.slide.policies.stated', { name, count: doc.statedMeasures, areas: doc.statedAreas });
    return t('present.slide.policies.held', { name, count: held.counted + held.outside });
  };
}

export function useSlideText(input: SlideInput): SlideText {
  const { t } = useTranslation(['common', 'policies']);
  const format = useFormat();
  const data = usePolicyData();
  const title = useDocumentTitle();
  const doc = documentOf(data, input);
  return {
    title: title(data, doc),
    description: t('present.slide.policies.description', {
      view: t('views.policies.title'),
      name: doc ? t(dataKey('policies', `documents.${doc.id}.short`)) : '',
      date: doc ? format.date(doc.date) : '',
    }),
  };
}

export function useSlideParts(): SlidePart[] {
  return [];
}

function SlideCounts(props: { data: PolicyData; doc: PolicyDocument; shown: readonly PolicyMeasure[] }) {
  return <>{useDocumentCountsText(props.data, props.doc, props.shown)}</>;
}

/** A document as its areas, each with how many measures the material holds and their headings. */
export default function PoliciesSlide(input: SlideInput) {
  const { t } = useTranslation(['common', 'policies']);
  const format = useFormat();
  const data = usePolicyData();
  const title = useDocumentTitle();
  const namesLine = useNamesLine();
  const doc = documentOf(data, input);
  const areas = data.areas.filter((a) => a.document === doc?.id);
  const measures = data.measures.filter((m) => m.document === doc?.id);
  const counted = areas.filter((a) => a.counted);
  const hosts = [...(doc?.sources ?? []), ...measures.flatMap((m) => (m.source ? [m.source] : []))].flatMap(
    (url) => hostOf(url) ?? [],
  );
  const areaName = (key: string) => (doc ? t(dataKey('policies', `areas.${doc.id}.${key}`)) : key);
  const shown = counted.length ? measures.filter((m) => counted.some((a) => a.key === m.area)) : measures;
  const groups = counted.length
    ? counted.map((a) => ({ key: a.key, number: a.number, name: areaName(a.key) }))
    : [{ key: null, number: null, name: t('present.slide.policies.allMeasures') }];

  return (
    <SlideLayout
      className="policies-slide"
      defaultTitle={title(data, doc)}
      source={namesLine(hosts)}
      note={doc && <SlideCounts data={data} doc={doc} shown={shown} />}
    >
      {doc && (
        <p className="policies-slide__doc">
          {t('present.slide.policies.issued', {
            issuer: t(dataKey('policies', `documents.${doc.id}.issuer`)),
            date: format.date(doc.date),
          })}
        </p>
      )}
      <ol className="slide-columns policies-slide__areas" data-count={groups.length}>
        {groups.map((g) => {
          const inArea = measures.filter((m) => g.key === null || m.area === g.key);
          return (
            <li key={g.key ?? 'all'} className="policies-slide__area">
              <p className="policies-slide__area-name">
                {g.number !== null && <span className="policies-slide__area-number">{g.number}</span>}
                {g.name}
              </p>
              <p className="policies-slide__count">
                <span className="policies-slide__count-value">{format.number(inArea.length)}</span>{' '}
                {t('present.slide.policies.measures', { count: inArea.length })}
              </p>
              <ul className="policies-slide__measures">
                {inArea.map((m) => (
                  <li key={m.id}>{t(dataKey('policies', `measures.${m.id}.title`))}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </SlideLayout>
  );
}
