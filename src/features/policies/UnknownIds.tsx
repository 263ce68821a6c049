import { useTranslation } from 'react-i18next';
import type { UnknownId } from '../../data/selectors/policies/resolve';

/** A link naming a document, area, theme or measure this material does not have says so. */
export function UnknownIds({ unknown }: { unknown: readonly UnknownId[] }) {
  const { t } = useTranslation('policies');
  if (unknown.length === 0) return null;
  return (
    <div className="notice policy-unknown" role="status">
      <ul>
        {unknown.map((u) => (
          <li key={`${u.param}:${u.value}`}>{t(`ui.unknown.${u.param}`, { id: u.value })}</li>
        ))}
      </ul>
    </div>
  );
}
