import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_NAMESPACE, fallbackLanguages } from './constants';
import { loadNamespace, STARTUP_NAMESPACES } from './languages';

type LoadNamespace = (lng: string, ns: string) => Promise<Record<string, unknown>>;

/**
 * Creates the app's i18next instance: the shared namespaces load at start, each view's own when it
 * first renders. Tests pass their own loader to decide when a chunk arrives.
 */
export async function createI18n(lng: string, load: LoadNamespace = loadNamespace): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance
    .use(resourcesToBackend((language: string, namespace: string) => load(language, namespace)))
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
