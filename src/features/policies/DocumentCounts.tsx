import { useTranslation } from 'react-i18next';
import type { PolicyData, PolicyDocument, PolicyMeasure } from '../../data/policy/model';
import { documentCounts } from '../../data/selectors/policies/filter';

/**
 * What the document says it contains, set against what this material holds of it. On a slide, which
 * shows only `shown`, the sentences speak of the headings on the slide, not of the page's list below.
 */
export function useDocumentCountsText(
  data: PolicyData,
  doc: PolicyDocument,
  shown?: readonly PolicyMeasure[],
): string {
  const { t } = useTranslation('policies');
  const held = documentCounts(data, doc.id);
  const paraphrased = shown?.filter((m) => m.titleIsOfficial === 'false').length ?? held.paraphrased;
  const { statedMeasures: measures, statedAreas: areas } = doc;
  const stated =
    measures !== null && areas !== null
      ? t('ui.counts.statedBoth', { count: measures, areas })
      : measures !== null
        ? t('ui.counts.statedMeasures', { count: measures })
        : areas !== null
          ? t('ui.counts.statedAreas', { count: areas })
          : t('ui.counts.statedNone');
  const sentences = [
    stated,
    t('ui.counts.held', { count: held.counted, areas: held.areas }),
    held.outside > 0 && !shown ? t('ui.counts.outside', { count: held.outside }) : null,
    shown && held.outside > 0 && shown.length < held.counted + held.outside
      ? t('ui.counts.outsideSlide', { count: held.outside })
      : null,
    paraphrased === 0
      ? null
      : !shown
        ? t('ui.counts.paraphrased', { count: paraphrased })
        : paraphrased === shown.length
          ? t('ui.counts.paraphrasedSlideAll')
          : t('ui.counts.paraphrasedSlide', { count: paraphrased, total: shown.length }),
  ];
  // Chinese sentences follow each other without a space, English ones with one: the locale decides.
  return sentences
    .filter((x): x is string => x !== null)
    .reduce((first, next) => t('ui.sentenceJoin', { first, next }));
}

/** The page's paragraph above its list of headings. */
export function DocumentCounts({ data, doc }: { data: PolicyData; doc: PolicyDocument }) {
  return <p className="policy-counts">{useDocumentCountsText(data, doc)}</p>;
}
