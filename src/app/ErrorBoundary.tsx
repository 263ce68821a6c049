import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailedChunks } from '../ui/lazyRetry';
import { FALLBACK_TEXT } from './fallbackText';

/** What browsers say when a chunk (script, or a view's stylesheet) did not arrive. */
const LOAD_FAILURE =
  /dynamically imported module|module script failed|Unable to preload CSS|Failed to fetch|NetworkError|Load failed/i;

function ErrorMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const notLoaded = LOAD_FAILURE.test(error.message);
  const text = (key: keyof typeof FALLBACK_TEXT) => t(`error.${key}`, { defaultValue: FALLBACK_TEXT[key] });
  const title = text(notLoaded ? 'loadTitle' : 'title');
  const body = text(notLoaded ? 'loadBody' : 'body');
  const offline = navigator.onLine ? null : text('offline');
  const details = text('details');
  const retry = text('retry');
  return (
    <section className="panel error-panel" role="alert">
      <h2>{title}</h2>
      {body && <p>{body}</p>}
      {offline && <p>{offline}</p>}
      <details>
        <summary>{details}</summary>
        <pre>{error.message}</pre>
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {retry}
      </button>
    </section>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** A new key (another view) clears the error: leaving a broken view and coming back loads it again. */
  resetKey?: unknown;
  /** Lets failed data queries run again (react-query keeps their error until told). */
  onReset: () => void;
}

class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
    // A chunk that failed while the connection was down loads when it comes back, without a click.
    window.addEventListener('online', this.retry);
  }

  override componentDidUpdate(prev: BoundaryProps) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.retry();
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.retry);
  }

  retry = () => {
    window.removeEventListener('online', this.retry);
    retryFailedChunks();
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <ErrorMessage error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

/**
 * A failing view shows a plain message and "Try again", never a blank page. Trying again (or leaving and
 * coming back, or the connection returning) loads failed chunks and data anew rather than replaying the
 * cached failure.
 */
export function ErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary resetKey={resetKey} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
