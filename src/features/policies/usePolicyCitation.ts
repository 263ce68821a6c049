import { useTranslation } from 'react-i18next';
import type { PolicyDocument, PolicyMeasure } from '../../data/policy/model';
import { splitSources } from '../../data/policy/sourceKinds';
import { dataKey } from '../../i18n/keys';
import type { CiteSource } from '../../ui/export/cite';

/**
 * What the Policies view cites: each document it shows with its issuer, number, date and the address it
 * shows first, and the dataset's sources that the documents and the listed measures credit by id.
 */
export function usePolicyCitation(
  documents: readonly PolicyDocument[],
  measures: readonly PolicyMeasure[],
): { documents: CiteSource[]; sourceIds: string[] } {
  const { t } = useTranslation(['policies']);
  const refs = [
    ...documents.flatMap((d) => d.sources),
    ...measures.flatMap((m) => [...(m.source ? [m.source] : []), ...m.moreSources]),
  ];
  return {
    documents: documents.map((d) => {
      const title = t(dataKey('policies', `documents.${d.id}.title`));
      return {
        id: d.id,
        publisher: t(dataKey('policies', `documents.${d.id}.issuer`)),
        title: d.docNumber ? `${title}: ${d.docNumber}` : title,
        date: d.date,
        url: splitSources(d.sources).urls[0] ?? '',
      };
    }),
    sourceIds: splitSources(refs).sourceIds,
  };
}
