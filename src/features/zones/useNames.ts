import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COMPLETE_LANGUAGES } from '../../i18n/constants';
import { dataKey } from '../../i18n/keys';
import { loadNamespace } from '../../i18n/languages';

/**
 * A zone's name in every complete language, each tagged with its language: the reader's from the loaded
 * texts, the others from their zones file (loaded here, not as a language switch).
 */
export function useZoneNames(zone: string): Array<{ lng: string; name: string }> {
  const { t, i18n } = useTranslation(['common', 'zones']);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const others = COMPLETE_LANGUAGES.filter((l) => l !== current);
  const files = useQueries({
    queries: others.map((lng) => ({
      queryKey: ['locale', lng, 'zones'],
      queryFn: () => loadNamespace(lng, 'zones'),
      staleTime: Infinity,
    })),
  });
  return COMPLETE_LANGUAGES.flatMap((lng) => {
    if (lng === current) return [{ lng, name: t(dataKey('zones', `name.${zone}`)) }];
    const names = files[others.indexOf(lng)]?.data?.name as Record<string, string> | undefined;
    const name = names?.[zone];
    return name ? [{ lng, name }] : [];
  });
}
