import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { attachBundles, type LoadNamespace } from './bundles';
import { DEFAULT_NAMESPACE, fallbackLanguages } from './constants';
import { loadNamespace, STARTUP_NAMESPACES } from './languages';

/**
 * Creates the app's i18next instance and loads the shared namespaces in the language (and its
 * fallbacks), with `preload` (the namespaces of the view the link opens) alongside. A file that failed
 * does not stop the start: the app renders and the gate of what is missing says so, with a retry.
 * Tests pass their own loader to decide when a chunk arrives.
 */
export async function createI18n(
  lng: string,
  load: LoadNamespace = loadNamespace,
  preload: readonly string[] = [],
): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: (code: string) => fallbackLanguages(code),
    ns: [...STARTUP_NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    // No i18next backend: the bundles decide when texts are ready (see bundles.ts).
    resources: {},
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    appendNamespaceToCIMode: true,
    react: { useSuspense: true },
  });
  const bundles = attachBundles(instance, load);
  await Promise.allSettled([
    bundles.ensure(lng, STARTUP_NAMESPACES),
    bundles.ensure(
      lng,
      preload.filter((ns) => !STARTUP_NAMESPACES.includes(ns)),
    ),
  ]);
  return instance;
}
