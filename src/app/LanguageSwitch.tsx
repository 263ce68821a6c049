import { useTranslation } from 'react-i18next';
import { LANGUAGES, nativeName } from '../i18n/languages';
import { useActionBridge } from '../state/actions/context';
import { actionMeta } from '../state/actions/registry';

const SWITCH = actionMeta('language.switch');

/** 中文 / English (and any language folder added under locales/): each in its own name, each running the declared language action. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const bridge = useActionBridge();
  return (
    <div className="language-switch" role="group" aria-label={t(SWITCH.control?.labelKey ?? SWITCH.labelKey)}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="button button--toggle"
          aria-pressed={lng === i18n.language}
          onClick={() => bridge.run('language.switch', lng)}
        >
          {nativeName(lng)}
        </button>
      ))}
    </div>
  );
}
