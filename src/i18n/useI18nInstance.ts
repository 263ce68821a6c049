import type { i18n as I18n } from 'i18next';
import { useContext } from 'react';
import { I18nContext } from 'react-i18next';

/**
 * The app's i18next instance itself. useTranslation's `i18n` is a per-render copy whose `language`
 * stays what it was at that render, so code that switches the language must not read it.
 */
export function useI18nInstance(): I18n {
  return useContext(I18nContext).i18n;
}
