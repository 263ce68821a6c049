import { useTranslation } from 'react-i18next';

/**
 * What the view area shows while a view's chunk arrives: the same quiet bars as the page before the app
 * started (index.html), so the page does not change its look twice.
 */
export function ViewSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
      <div className="skeleton skeleton--panel" />
    </div>
  );
}
