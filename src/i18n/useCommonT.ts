import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useI18nInstance } from './useI18nInstance';

const byInstance = new WeakMap<I18n, Map<string, TFunction<'common'>>>();

/** One `t` per instance and language, shared by every component that asks. */
function commonT(i18n: I18n, lng: string): TFunction<'common'> {
  let byLng = byInstance.get(i18n);
  if (!byLng) {
    byLng = new Map();
    byInstance.set(i18n, byLng);
  }
  let t = byLng.get(lng);
  if (!t) {
    // null: the instance's language when called, as react-i18next's own `t` does.
    t = i18n.getFixedT(null, 'common');
    byLng.set(lng, t);
  }
  return t;
}

/**
 * `t` of the common namespace for components drawn by the hundred (a table's source buttons, every
 * chart's action buttons). react-i18next's useTranslation copies the whole i18n instance for each
 * component at every language switch (its largest self time on Zone growth's ≈130-row zone list); this
 * subscribes to the same event, so it re-renders in the same batch as every other component and never
 * draws the old language. The common namespace loads before the first render, so there is nothing to
 * wait for.
 */
export function useCommonT(): TFunction<'common'> {
  const i18n = useI18nInstance();
  const [lng, setLng] = useState(i18n.language);
  useEffect(() => {
    const follow = () => setLng(i18n.language);
    i18n.on('languageChanged', follow);
    // A switch between this render and the subscription.
    follow();
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);
  return useMemo(() => commonT(i18n, lng), [i18n, lng]);
}
