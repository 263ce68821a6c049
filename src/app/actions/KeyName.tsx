import { useTranslation } from 'react-i18next';

const NAMED = new Set([
  ' ',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Escape',
]);
const SPACE_KEY = 'Space';

/** A key as people call it, in the current language (Space, Page Down, 空格键…). */
export function KeyName({ value }: { value: string }) {
  const { t } = useTranslation();
  return <kbd>{NAMED.has(value) ? t(`keys.${value === ' ' ? SPACE_KEY : value}`) : value}</kbd>;
}
