import type { i18n as I18n } from 'i18next';
import type { ViewId } from '../state/views';
import { contentLanguage } from './constants';

/**
 * What the page says about its language outside React: <html lang> and dir (screen readers, fonts,
 * line breaking) and the tab's title, all from the language i18next shows now.
 */
export function applyDocumentLanguage(i18n: I18n, view: ViewId, doc: Document = document): void {
  const root = doc.documentElement;
  const lang = contentLanguage(i18n.language);
  const dir = i18n.dir(i18n.language);
  const title = i18n.t('app.documentTitle', { view: i18n.t(`views.${view}.title`) });
  // Each write restyles the whole page, even of the value it already has: only what differs is written
  // (zh and en share a direction, so a switch between them writes lang and the title).
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== dir) root.dir = dir;
  if (doc.title !== title) doc.title = title;
}
