import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_NAMESPACE, fallbackLanguages, loadNamespace, STARTUP_NAMESPACES } from './languages';

/** Creates the app's i18next instance: the shared namespaces load at start, each view's own when it first renders. */
export async function createI18n(lng: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(resourcesToBackend((language: string, namespace: string) => loadNamespace(language, namespace)))
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: (code: string) => fallbackLanguages(code),
      ns: [...STARTUP_NAMESPACES],
      defaultNS: DEFAULT_NAMESPACE,
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      react: { useSuspense: true },
    });
  return instance;
}
