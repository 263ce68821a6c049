import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zh } from './texts';

export const LANGUAGES = ['en', 'zh'] as const;
const initial = new URLSearchParams(window.location.search).get('lang') === 'zh' ? 'zh' : 'en';

export const i18n = i18next.createInstance();
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});
void i18n.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'en',
  resources: { en: { translation: en }, zh: { translation: zh } },
  interpolation: { escapeValue: false },
});
