import { queryOptions } from '@tanstack/react-query';
import { COMPLETE_LANGUAGES, VIEW_NAMESPACES } from '../../i18n/constants';
import { LANGUAGES, loadContext, loadNamespace, NAMESPACES } from '../../i18n/languages';
import type { ContextFiles, KeyContext } from '../../i18n/status/context';
import { flatten, groupTexts, type Texts } from '../../i18n/status/texts';
import { languageStatus, type LanguageStatus } from '../../i18n/status/translationStatus';
import { VIEWS, type ViewId } from '../../state/views';

export interface TranslationStatus {
  texts: Texts;
  context: ContextFiles;
  languages: LanguageStatus[];
}

/**
 * Every language's files as written (texts still marked TODO included, unlike what the app shows) and
 * the notes for translators, read in the browser from the same chunks the app loads its texts from.
 */
async function loadStatus(): Promise<TranslationStatus> {
  const texts: Texts = new Map();
  await Promise.all(
    LANGUAGES.flatMap((lng) =>
      NAMESPACES.map(async (ns) => {
        const resource = await loadNamespace(lng, ns);
        const byNs = texts.get(lng) ?? new Map();
        byNs.set(ns, groupTexts(flatten(resource)));
        texts.set(lng, byNs);
      }),
    ),
  );
  const context: ContextFiles = new Map();
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      const notes = (await loadContext(ns)) as Record<string, KeyContext>;
      context.set(ns, new Map(Object.entries(notes)));
    }),
  );
  const languages = LANGUAGES.map((lng) => languageStatus(texts, lng, COMPLETE_LANGUAGES));
  return { texts, context, languages };
}

export const statusQuery = queryOptions({ queryKey: ['translationStatus'], queryFn: loadStatus });

/** The views that show a namespace's texts, where the namespace belongs to some views only. */
export function viewsOfNamespace(ns: string): ViewId[] {
  return VIEWS.filter((view) => (VIEW_NAMESPACES[view] ?? []).includes(ns));
}
