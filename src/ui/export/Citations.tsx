import { useTranslation } from 'react-i18next';
import { citation, type CiteInput, type CiteStyle } from './cite';

const STYLES: readonly CiteStyle[] = ['apa', 'gbt', 'bibtex'];

/** The citation in each style, each with its copy button; what happened is said through `onStatus`. */
export function Citations({ input, onStatus }: { input: CiteInput; onStatus(text: string): void }) {
  const { t } = useTranslation('export');
  const copy = async (text: string, style: string) => {
    try {
      await navigator.clipboard.writeText(text);
      onStatus(t('cite.copied', { style }));
    } catch {
      onStatus(t('cite.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="export-cite">
      <h3 id="export-cite">{t('cite.heading')}</h3>
      <p className="muted small">
        {t('cite.intro')} ({t('cite.sourcesCount', { count: input.sources.length })})
      </p>
      {STYLES.map((style) => {
        const text = citation(style, input);
        const name = t(`cite.${style}`);
        return (
          <div key={style} className="export-dialog__citation">
            <h4 id={`cite-${style}`}>{name}</h4>
            {/* A long source list scrolls, and a scrolling box must be reachable by keyboard (WCAG 2.1.1, axe
                scrollable-region-focusable), though it is not a control. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <pre data-style={style} lang={input.lang} tabIndex={0} aria-labelledby={`cite-${style}`}>
              {text}
            </pre>
            <button type="button" className="button button--quiet" onClick={() => void copy(text, name)}>
              {t('cite.copy', { style: name })}
            </button>
          </div>
        );
      })}
    </section>
  );
}
