import type { i18n as I18n } from 'i18next';
import { useAppStore } from '../state/store';
import { bundlesOf } from './bundles';
import { applyDocumentLanguage } from './document';
import { isLanguage, STARTUP_NAMESPACES } from './languages';

/** The latest choice per instance: a switch whose texts arrive after a later choice does not happen. */
const latest = new WeakMap<I18n, number>();

/**
 * The one way the language changes (the switch, the l key, a link). The language's texts load first:
 * every namespace in use so far, in the language and, for a partial language, its fallbacks. Only then
 * does i18next switch, and in the same synchronous step <html lang> and dir, the title and the store
 * (which writes the address bar and storage) follow, before React renders anything: no frame shows two
 * languages. If a file fails to arrive the switch still happens, and the view's gate shows the failure
 * with a retry rather than raw keys.
 */
export async function changeLanguage(i18n: I18n, lng: string): Promise<void> {
  if (!isLanguage(lng)) return;
  const choice = (latest.get(i18n) ?? 0) + 1;
  latest.set(i18n, choice);
  const bundles = bundlesOf(i18n);
  await bundles.ensure(lng, [...new Set([...STARTUP_NAMESPACES, ...bundles.requested])]).catch(() => {});
  // A later choice made while this one loaded has won.
  if (latest.get(i18n) !== choice) return;
  return new Promise<void>((resolve) => {
    void i18n.changeLanguage(lng, () => {
      if (i18n.language === lng) {
        const store = useAppStore.getState();
        applyDocumentLanguage(i18n, store.view);
        store.setLang(lng);
      }
      resolve();
    });
  });
}
