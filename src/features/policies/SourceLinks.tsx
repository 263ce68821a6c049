import { useTranslation } from 'react-i18next';
import { splitSources } from '../../data/policy/sourceKinds';
import { AddressLink } from '../../ui/AddressLink';
import { DatasetSources } from '../../ui/DatasetSources';

/**
 * Addresses of a text's sources, official first (the data keeps that order); the first one in view,
 * the rest one click away. Sources of the dataset without an address (a seed article reporting the
 * text) are credited by name, with their citation.
 */
export function SourceLinks({
  urls: refs,
  emptyText,
  subject,
}: {
  urls: readonly string[];
  emptyText: string;
  subject: string;
}) {
  const { t } = useTranslation('policies');
  const { urls, sourceIds } = splitSources(refs);
  const [first, ...rest] = urls;
  const credited = sourceIds.length > 0 && <DatasetSources ids={sourceIds} subject={subject} />;
  if (first === undefined) return credited || <span className="muted">{emptyText}</span>;
  const link = (url: string) => <AddressLink url={url} />;
  return (
    <span className="policy-sources">
      {link(first)}
      {credited}
      {rest.length > 0 && (
        <details className="policy-sources__more">
          <summary>{t('ui.moreSources', { count: rest.length })}</summary>
          <ul>
            {rest.map((url) => (
              <li key={url}>{link(url)}</li>
            ))}
          </ul>
        </details>
      )}
    </span>
  );
}
