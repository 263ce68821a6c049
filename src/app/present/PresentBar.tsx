import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { ActionButtons } from '../actions/ActionButtons';
import { slideTitle } from './slideTitle';

/** The only chrome in presentation mode: slide title, counter, and the presentation's own buttons. */
export function PresentBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const present = useAppStore((s) => s.present ?? 0);
  const deck = useAppStore((s) => s.deck);
  const title = slideTitle(t, deck[present] ?? '');
  const counter = t('present.counter', { n: format.number(present + 1), total: format.number(deck.length) });
  return (
    <header className="present-bar">
      <div className="present-bar__slide">
        <p className="present-bar__counter">{counter}</p>
        <p className="present-bar__title">{title}</p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {t('present.announce', { counter, title })}
      </p>
      <ActionButtons placement="presentation" label={t('present.bar')} />
    </header>
  );
}
