import type { i18n as I18n } from 'i18next';
import { useAppStore } from '../state/store';
import { applyDocumentLanguage } from './document';
import { isLanguage } from './languages';

/**
 * The one way the language changes (the switch, the l key). i18next first loads the language's texts
 * (every namespace in use so far, in the language and its fallbacks) and only then switches; its
 * callback runs in the same synchronous step, so <html lang> and dir, the title and the store (which
 * writes the address bar and storage) follow before React renders anything. React then renders all
 * of it at once: no frame shows two languages.
 */
export function changeLanguage(i18n: I18n, lng: string): Promise<void> {
  if (!isLanguage(lng)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    void i18n.changeLanguage(lng, () => {
      // A later choice made while this one loaded has won; i18next did not switch to this one.
      if (i18n.language === lng) {
        const store = useAppStore.getState();
        applyDocumentLanguage(i18n, store.view);
        store.setLang(lng);
      }
      resolve();
    });
  });
}
