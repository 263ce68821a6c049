import { useTranslation } from 'react-i18next';
import { LANGUAGES, nativeName } from '../i18n/languages';
import { useAppStore } from '../state/store';

/** 中文 / English (and any language folder added under locales/): each in its own name. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="button button--toggle"
          aria-pressed={lng === lang}
          onClick={() => setLang(lng)}
        >
          {nativeName(lng)}
        </button>
      ))}
    </div>
  );
}
