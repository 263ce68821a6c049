import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

/** Keeps i18next, <html lang> and the document title in step with the chosen language and view. */
export function useDocumentLanguage() {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.documentTitle', { view: t(`views.${view}.title`) });
  }, [t, i18n.language, view]);
}
