import { useTranslation } from 'react-i18next';
import type { PolicyData, PolicyDocument } from '../../data/policy/model';
import { documentCounts } from '../../data/selectors/policies/filter';

/** What the document says it contains, set against what this material holds of it. */
export function DocumentCounts({ data, doc }: { data: PolicyData; doc: PolicyDocument }) {
  const { t } = useTranslation('policies');
  const held = documentCounts(data, doc.id);
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
    held.outside > 0 ? t('ui.counts.outside', { count: held.outside }) : null,
    held.paraphrased > 0 ? t('ui.counts.paraphrased', { count: held.paraphrased }) : null,
  ];
  // Chinese sentences follow each other without a space, English ones with one: the locale decides.
  const text = sentences
    .filter((x): x is string => x !== null)
    .reduce((first, next) => t('ui.sentenceJoin', { first, next }));
  return <p className="policy-counts">{text}</p>;
}
