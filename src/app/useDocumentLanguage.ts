import { useEffect } from 'react';
import { applyDocumentLanguage } from '../i18n/document';
import { useI18nInstance } from '../i18n/useI18nInstance';
import type { ViewId } from '../state/views';

/** <html lang>, dir and the title at start and on each new view; a language change sets them itself (changeLanguage). */
export function useDocumentLanguage(view: ViewId) {
  const i18n = useI18nInstance();
  useEffect(() => applyDocumentLanguage(i18n, view), [i18n, view]);
}
