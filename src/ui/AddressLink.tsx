import { useTranslation } from 'react-i18next';
import { sourceKind } from '../data/policy/sourceKinds';
import { Icon } from './Icon';

/** Mirror addresses run to hundreds of characters: the host says where the text sits, the link goes to it. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * A link to a source address, shown by its host. Press and mirror addresses say so, since a host
 * name alone does not tell a government site from a copy of its text.
 */
export function AddressLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const kind = sourceKind(url);
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" className="address-link" data-kind={kind}>
      {hostOf(url)}
      {kind !== 'official' && <span className="address-link__kind"> · {t(`source.kind.${kind}`)}</span>}{' '}
      <Icon glyph="external" />
      <span className="visually-hidden">{t('source.opensNewTab')}</span>
    </a>
  );
}
