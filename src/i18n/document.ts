import type { i18n as I18n } from 'i18next';
import type { ViewId } from '../state/views';
import { contentLanguage } from './constants';

/**
 * What the page says about its language outside React: <html lang> and dir (screen readers, fonts,
 * line breaking) and the tab's title, all from the language i18next shows now.
 */
export function applyDocumentLanguage(i18n: I18n, view: ViewId, doc: Document = document): void {
  doc.documentElement.lang = contentLanguage(i18n.language);
  doc.documentElement.dir = i18n.dir(i18n.language);
  doc.title = i18n.t('app.documentTitle', { view: i18n.t(`views.${view}.title`) });
}
