import { useTranslation } from 'react-i18next';
import type { CommonKey } from '../../i18n/keys';

/** Keys shown by name, as KeyboardEvent.key reports them; any other key shows as it is typed. */
const NAMED = new Map<string, CommonKey>([
  [' ', 'keys.Space'],
  ['ArrowLeft', 'keys.ArrowLeft'],
  ['ArrowRight', 'keys.ArrowRight'],
  ['ArrowUp', 'keys.ArrowUp'],
  ['ArrowDown', 'keys.ArrowDown'],
  ['PageUp', 'keys.PageUp'],
  ['PageDown', 'keys.PageDown'],
  ['Home', 'keys.Home'],
  ['End', 'keys.End'],
  ['Escape', 'keys.Escape'],
]);

/** A key as people call it, in the current language (Space, Page Down, 空格键…). */
export function KeyName({ value }: { value: string }) {
  const { t } = useTranslation();
  const name = NAMED.get(value);
  return <kbd>{name ? t(name) : value}</kbd>;
}
