import { useTranslation } from 'react-i18next';
import { VIEWS } from '../../state/views';
import { ViewLink } from '../../ui/ViewLink';

/** Where to go next: one line on what each view answers. */
export function EntryPoints() {
  const { t } = useTranslation();
  return (
    <nav className="entry-points" aria-labelledby="entry-points-title">
      <h2 id="entry-points-title">{t('overview.explore')}</h2>
      <ul>
        {VIEWS.filter((v) => v !== 'overview').map((view) => (
          <li key={view}>
            <ViewLink to={{ view }} className="entry-point">
              <strong>{t(`views.${view}.title`)}</strong>
              <span>{t(`views.${view}.summary`)}</span>
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
