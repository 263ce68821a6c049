import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/** Addresses of a text's sources; the first one in view, the rest one click away. */
export function SourceLinks({ urls, emptyText }: { urls: readonly string[]; emptyText: string }) {
  const { t } = useTranslation('policies');
  const [first, ...rest] = urls;
  if (first === undefined) return <span className="muted">{emptyText}</span>;
  const link = (url: string) => (
    <a href={url} target="_blank" rel="noreferrer noopener" className="policy-source">
      {new URL(url).hostname} <Icon glyph="external" />
      <span className="visually-hidden">{t('ui.opensNewTab')}</span>
    </a>
  );
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
