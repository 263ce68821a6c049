import { useTranslation } from 'react-i18next';
import { sourceKind } from '../../data/policy/sourceKinds';
import { Icon } from '../../ui/Icon';

/**
 * Addresses of a text's sources, official first (the data keeps that order); the first one in view,
 * the rest one click away. Press and mirror addresses say so, since a hostname alone does not.
 */
export function SourceLinks({ urls, emptyText }: { urls: readonly string[]; emptyText: string }) {
  const { t } = useTranslation('policies');
  const [first, ...rest] = urls;
  if (first === undefined) return <span className="muted">{emptyText}</span>;
  const link = (url: string) => {
    const kind = sourceKind(url);
    return (
      <a href={url} target="_blank" rel="noreferrer noopener" className="policy-source" data-kind={kind}>
        {new URL(url).hostname}
        {kind !== 'official' && <span className="policy-source__kind"> · {t(`ui.sourceKind.${kind}`)}</span>} <Icon glyph="external" />
        <span className="visually-hidden">{t('ui.opensNewTab')}</span>
      </a>
    );
  };
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
