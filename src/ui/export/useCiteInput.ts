import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../../data/version';
import type { CiteInput, CiteSource } from './cite';
import { today, viewLink } from './viewLink';

/** What a citation of the subject is made of in the page's language, linked to the view as it is now. */
export function useCiteInput(subject: string, sources: readonly CiteSource[]): CiteInput {
  const { t, i18n } = useTranslation(['export', 'common']);
  const lang = i18n.language;
  const longDate = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  return {
    lang,
    dashboard: t('dashboard'),
    subject,
    version: DATA_VERSION.version,
    versionDate: DATA_VERSION.date,
    accessed: today(),
    url: viewLink(window.location.href, lang),
    sources,
    words: {
      dataset: t('cite.dataset'),
      version: t('cite.version', { version: DATA_VERSION.version }),
      retrieved: t('cite.retrieved', { date: longDate }),
      undated: t('cite.undated'),
    },
  };
}
