import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ErrorMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel error-panel" role="alert">
      <h2>{t('error.title')}</h2>
      <p>{t('error.body')}</p>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{error.message}</pre>
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}

/** A failing view shows a translated message and a way back, never a blank page. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: unknown },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey?: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
