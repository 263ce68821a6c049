import { useTranslation } from 'react-i18next';
import { AddressLink } from '../../ui/AddressLink';

/**
 * Addresses of a text's sources, official first (the data keeps that order); the first one in view,
 * the rest one click away.
 */
export function SourceLinks({ urls, emptyText }: { urls: readonly string[]; emptyText: string }) {
  const { t } = useTranslation('policies');
  const [first, ...rest] = urls;
  if (first === undefined) return <span className="muted">{emptyText}</span>;
  const link = (url: string) => <AddressLink url={url} />;
  return (
    <span className="policy-sources">
      {link(first)}
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
