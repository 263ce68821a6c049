import { useTranslation } from 'react-i18next';

export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {what ?? t('loading')}
    </div>
  );
}
