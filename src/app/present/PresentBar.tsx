import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useAppStore } from '../../state/store';
import { ActionButtons } from '../actions/ActionButtons';
import { BAR_BAND } from './stage';
import { useMouseIdle } from './useMouseIdle';

/**
 * The only chrome in presentation mode: the slide counter and the presentation's own buttons, in the
 * band under the slide kept free for it. It hides while the mouse is still and comes back when the
 * mouse moves or focus enters it.
 */
export function PresentBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const idle = useMouseIdle();
  const present = useAppStore((s) => s.present ?? 0);
  const total = useAppStore((s) => s.deck.length);
  return (
    <header className={`present-bar ${idle ? 'present-bar--idle' : ''}`} style={{ height: BAR_BAND }}>
      <p className="present-bar__counter">
        {t('present.counter', { n: format.number(present + 1), total: format.number(total) })}
      </p>
      <ActionButtons placement="presentation" label={t('present.bar')} />
    </header>
  );
}
