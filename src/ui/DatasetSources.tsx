import { useTranslation } from 'react-i18next';
import { SourceButton } from './SourceButton';
import { useDataset } from './useDataset';

/**
 * Sources of the dataset credited on a text that has no address of its own (a seed article), each
 * through the same citation dialog as the figures it backs. Loads the dataset only where it is used.
 */
export function DatasetSources({ ids, subject }: { ids: readonly string[]; subject: string }) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const sources = ids.flatMap((id) => dataset.sources.get(id) ?? []);
  return (
    <>
      {sources.map((source) => (
        <span key={source.id} className="dataset-source">
          <span lang={source.language}>{source.title}</span>{' '}
          <span className="muted small">{t('source.noAddressShort')}</span>{' '}
          <SourceButton items={[{ source, quote: '', notes: [] }]} subject={subject} />
        </span>
      ))}
    </>
  );
}
