import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXTS_FAILED_FALLBACK } from '../fallbackText';

const KEYS = {
  title: 'textsError.title',
  body: 'textsError.body',
  details: 'error.details',
  retry: 'error.retry',
} as const;

/**
 * Texts that did not arrive: a plain message and a retry instead of raw keys. Translated when the
 * interface texts are in (a view's own file failed), in both complete languages when they are not.
 * The connection coming back retries by itself.
 */
export function TextsFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  const [title, body, details, retry] = (['title', 'body', 'details', 'retry'] as const).map((key) =>
    t(KEYS[key], { defaultValue: TEXTS_FAILED_FALLBACK[key] }),
  );
  return (
    <section className="panel error-panel" role="alert">
      <h2>{title}</h2>
      <p>{body}</p>
      <details>
        <summary>{details}</summary>
        <pre>{error instanceof Error ? error.message : String(error)}</pre>
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {retry}
      </button>
    </section>
  );
}
