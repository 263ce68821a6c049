import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { VIEWS } from '../state/views';
import { ViewLink } from '../ui/ViewLink';
import { useStatusPageOpen } from './useStatusPage';

export function Nav() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.view);
  const statusOpen = useStatusPageOpen();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <ViewLink to={{ view: v }} className="nav__link" current={v === view && !statusOpen}>
              {t(`views.${v}.title`)}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
